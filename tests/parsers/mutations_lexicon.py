"""The lexicon family of tests/parsers/mutations.py (issue 13, session 12): every dev signal and
dev follow-up written again with the trading words of one language, or of several in one post.

A channel the rules have never seen mostly differs from dev in its words: a Turkish channel writes
"Giriş bölgesi", "Hedefler", "Zarar durdur", "Kaldıraç: Çapraz 20x"; a Persian one reports a stop
hit as "استاپ خورد". For each language the corpus and issue 13 name, LANGUAGES below holds the
whole vocabulary a channel uses (long/short, entry, targets, stop, leverage with cross or isolated,
and the status words: target hit, stop hit, closed, cancelled, stop moved to the entry), taken from
the exchanges' own localized help pages where they have one (cited per language) and from the
corpus's dev posts.

- ``lexicon_signal``: a dev signal rebuilt with one language's labels and side word (or, one post
  in three, each block's words drawn from another language, English among them). It says exactly
  the dev reading: read exactly is right, refused is a miss, another reading a wrong trade.
- ``lexicon_status``: a dev follow-up (a target hit, a stop hit, a close, a cancel, a stop moved
  to the entry, naming its coin) written with one language's status phrase, sometimes under a
  line of another language's chatter. Read as the dev kind, coin and target number is right, no
  reading a miss, a trade or another action wrong.

What each must give comes from the dev case's hand-checked reading, never from the parser.
``python -m tests.parsers.mutations_lexicon [seed] [shown]`` prints the figures and the misses.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from dataclasses import dataclass
from typing import Any

from parsers import EnhancedParser
from tests.parsers.corpus_score import load_split, signal_differences
from tests.parsers.variants import fmt

RIGHT, MISSED, WRONG, WRONG_ACTION = "right", "missed", "wrong_trade", "wrong_action"


@dataclass(frozen=True)
class Lang:
    """One language's trading words. Each status phrase may hold {n} (a target's number)."""

    long: tuple[str, ...]
    short: tuple[str, ...]
    entry: tuple[str, ...]
    tp: tuple[str, ...]
    sl: tuple[str, ...]
    lev: tuple[str, ...]
    margin: tuple[str, ...]  # cross, isolated: written before the leverage ("Çapraz 20x")
    tp_hit: tuple[str, ...]
    sl_hit: tuple[str, ...]
    close: tuple[str, ...]
    cancel: tuple[str, ...]
    to_entry: tuple[str, ...]  # move the stop to the entry (breakeven)
    chatter: str


LANGUAGES: dict[str, Lang] = {
    "en": Lang(
        ("LONG", "Long", "Buy"),
        ("SHORT", "Short", "Sell"),
        ("Entry", "Entry zone", "Entry price"),
        ("Targets", "Take Profit", "TP"),
        ("Stop Loss", "SL", "Stop"),
        ("Leverage",),
        ("Cross", "Isolated"),
        ("Target {n} hit ✅", "TP{n} reached"),
        ("Stop loss hit", "Stopped out"),
        ("Close the position now", "Closed manually"),
        ("Signal cancelled",),
        ("Move SL to entry", "SL moved to breakeven"),
        "Good luck, trade safe!",
    ),
    # Binance's Russian help ("Как настроить кредитное плечо", binance.com/ru-UA/support/
    # announcement/how-to-adjust-contract-leverage-360034946672: кредитное плечо, Лонг/шорт,
    # цена входа); the dev channels' follow-ups (vovilonn-ch1-ru, faceitall-ru-trader-channels).
    "ru": Lang(
        ("Лонг", "LONG"),
        ("Шорт", "SHORT"),
        ("Вход", "Точка входа", "Зона входа", "Цена входа"),
        ("Цели", "Тейк-профит", "Тейки"),
        ("Стоп", "Стоп-лосс", "Стоп лосс"),
        ("Плечо", "Кредитное плечо"),
        ("Кросс", "Изолированная"),
        ("Цель {n} достигнута ✅", "Тейк {n} взят"),
        ("Стоп сработал", "Выбило по стопу"),
        ("Закрываем сделку", "Закрываю позицию"),
        ("Сделка отменена", "Отмена сделки"),
        ("Стоп в безубыток", "Переносим стоп в точку входа"),
        "Всем удачи!",
    ),
    # Binance's Turkish help ("İzole Marjin Alım Satım Kuralları", binance.com/tr/support/faq/
    # 0135c8c00a4240f695ee71a0d18efb08: izole, çapraz marjin, kaldıraç); "Kâr Al / Zarar Durdur"
    # is the TP/SL of Binance's Turkish order form.
    "tr": Lang(
        ("LONG", "Uzun", "Alış"),
        ("SHORT", "Kısa", "Satış"),
        ("Giriş", "Giriş fiyatı", "Giriş bölgesi"),
        ("Hedefler", "Hedef", "Kâr Al"),
        ("Zarar Durdur", "Stop", "Zarar kes"),
        ("Kaldıraç",),
        ("Çapraz", "İzole"),
        ("Hedef {n} ✅", "Hedef {n} ulaşıldı"),
        ("Stop oldu", "Zarar durdur çalıştı"),
        ("Pozisyonu kapatın", "İşlemi kapatıyoruz"),
        ("İşlem iptal", "Sinyal iptal edildi"),
        ("Stopu girişe çekin", "Stop giriş seviyesine taşındı"),
        "Bol kazançlar!",
    ),
    # Persian: the dev channel 2xclub-fa; Bybit's lever is "اهرم" or "لوریج" in Persian guides
    # (ehrazchi.com/does-bybit-offer-leverage).
    "fa": Lang(
        ("لانگ", "خرید"),
        ("شورت", "فروش"),
        ("نقطه ورود", "ورود", "قیمت ورود"),
        ("تارگت", "حد سود", "اهداف"),
        ("حد ضرر", "استاپ لاس", "استاپ"),
        ("اهرم", "لوریج"),
        ("کراس", "ایزوله"),
        ("تارگت {n} ✅", "تارگت {n} خورد"),
        ("استاپ خورد", "حد ضرر فعال شد"),
        ("پوزیشن را ببندید", "معامله را ببندید"),
        ("سیگنال لغو شد", "لغو"),
        ("استاپ را به نقطه ورود منتقل کنید", "ریسک فری کنید"),
        "موفق باشید",
    ),
    # Arabic: KuCoin's Arabic help centre (kucoin.com/ar/support: الرافعة المالية, العقود الآجلة);
    # "جني الأرباح / وقف الخسارة" is the TP/SL of the exchanges' Arabic order forms.
    "ar": Lang(
        ("لونغ", "شراء"),
        ("شورت", "بيع"),
        ("الدخول", "نقطة الدخول", "منطقة الدخول", "سعر الدخول"),
        ("الأهداف", "الهدف", "جني الأرباح"),
        ("وقف الخسارة", "ستوب لوس"),
        ("الرافعة المالية", "الرافعة"),
        ("كروس", "معزول"),
        ("تم تحقيق الهدف {n} ✅", "الهدف {n} ✅"),
        ("تم ضرب وقف الخسارة", "ضرب الستوب"),
        ("أغلقوا الصفقة", "إغلاق الصفقة الآن"),
        ("تم إلغاء الصفقة", "إلغاء الصفقة"),
        ("نقل وقف الخسارة إلى نقطة الدخول",),
        "بالتوفيق للجميع",
    ),
    # Bybit's Chinese help ("设置止盈止损委托", bybit.com/zh-MY/help-center/article/
    # Take-Profit-and-Stop-Loss-order: 止盈, 止损, 做多或做空, 入场价格, 全平); 全仓/逐仓 are the
    # cross/isolated modes of the Chinese order forms; the dev Past-Tang channels' replies.
    "zh": Lang(
        ("做多", "多单"),
        ("做空", "空单"),
        ("入场", "开仓价", "进场", "入场价格"),
        ("止盈", "目标"),
        ("止损", "止损价"),
        ("杠杆",),
        ("全仓", "逐仓"),
        ("止盈{n} 已达成", "目标{n}达成 ✅"),
        ("止损触发", "止损出局"),
        ("平仓", "全部平仓"),
        ("取消", "撤单"),
        ("止损移至开仓价", "止损移到成本价"),
        "祝大家好运",
    ),
    # Spanish: Binance Square's Spanish posts (margen aislado / cruzado), the Binance ES order
    # form's "Tomar ganancias"; apalancamiento.
    "es": Lang(
        ("LONG", "Largo", "Compra"),
        ("SHORT", "Corto", "Venta"),
        ("Entrada", "Zona de entrada", "Precio de entrada"),
        ("Objetivos", "Tomar ganancias", "Take Profit"),
        ("Stop Loss", "Stop"),
        ("Apalancamiento",),
        ("Cruzado", "Aislado"),
        ("Objetivo {n} alcanzado ✅",),
        ("Stop loss alcanzado", "Stop alcanzado"),
        ("Cerramos la operación", "Cerrar posición"),
        ("Operación cancelada", "Señal cancelada"),
        ("Mover stop a la entrada", "Stop a punto de equilibrio"),
        "¡Suerte a todos!",
    ),
    # Portuguese: Binance Square's Portuguese guide (binance.com/pt/square/post/916434: Margem
    # Isolada, Margem Cruzada), alavancagem; the dev channel Lobo Cripto (alebot-lobo-cripto-pt).
    "pt": Lang(
        ("LONG", "Compra"),
        ("SHORT", "Venda"),
        ("Entrada", "Zona de entrada", "Preço de entrada"),
        ("Alvos", "Alvo", "Take Profit"),
        ("Stop Loss", "Stop"),
        ("Alavancagem",),
        ("Cruzada", "Isolada"),
        ("Alvo {n} atingido ✅",),
        ("Stop loss atingido", "STOP LOSS ATIVADO"),
        ("Fechar posição", "Fechamos a operação"),
        ("Operação cancelada", "Sinal cancelado"),
        ("Mover stop para a entrada", "Stop no ponto de entrada"),
        "Boa sorte a todos!",
    ),
    # Indonesian: Binance's Indonesian futures help (binance.com/id/support/faq/
    # be2c7d9d95b04a7e8044ed02dd7dfe5c: leverage, margin) and Square (margin silang / terpisah).
    "id": Lang(
        ("LONG", "Beli"),
        ("SHORT", "Jual"),
        ("Entry", "Harga masuk", "Area masuk"),
        ("Target", "Ambil untung", "TP"),
        ("Stop Loss", "SL", "Cut loss"),
        ("Leverage",),
        ("Cross", "Isolated"),
        ("Target {n} tercapai ✅",),
        ("Kena SL", "Stop loss tersentuh"),
        ("Tutup posisi sekarang", "Tutup posisi"),
        ("Sinyal dibatalkan", "Batal"),
        ("Pindahkan SL ke entry",),
        "Semoga cuan!",
    ),
    # Vietnamese: Binance's Vietnamese futures help (binance.com/vi/support/faq/360033162192:
    # đòn bẩy, ký quỹ); "chốt lời / cắt lỗ" is the TP/SL of the Vietnamese order form.
    "vi": Lang(
        ("LONG", "Mua"),
        ("SHORT", "Bán"),
        ("Điểm vào", "Giá vào", "Vùng vào lệnh"),
        ("Chốt lời", "Mục tiêu", "TP"),
        ("Cắt lỗ", "Dừng lỗ", "SL"),
        ("Đòn bẩy",),
        ("Cross", "Isolated"),
        ("Đạt mục tiêu {n} ✅", "Chốt lời {n} ✅"),
        ("Dính SL", "Chạm cắt lỗ"),
        ("Đóng lệnh ngay", "Đóng vị thế"),
        ("Hủy lệnh",),
        ("Dời SL về điểm vào", "Dời SL về hòa vốn"),
        "Chúc mọi người may mắn!",
    ),
    "de": Lang(
        ("LONG", "Kauf"),
        ("SHORT", "Verkauf"),
        ("Einstieg", "Einstiegszone"),
        ("Kursziele", "Ziele", "Gewinnmitnahme"),
        ("Stop-Loss", "Verlustbegrenzung"),
        ("Hebel",),
        ("Cross", "Isoliert"),
        ("Ziel {n} erreicht ✅",),
        ("Stop-Loss ausgelöst",),
        ("Position schließen",),
        ("Signal storniert",),
        ("Stop auf Einstieg nachziehen",),
        "Viel Erfolg!",
    ),
    "fr": Lang(
        ("LONG", "Achat"),
        ("SHORT", "Vente"),
        ("Entrée", "Point d'entrée", "Zone d'entrée"),
        ("Objectifs", "Cibles", "Prise de profit"),
        ("Stop Loss", "Stop"),
        ("Levier", "Effet de levier"),
        ("Croisée", "Isolée"),
        ("Objectif {n} atteint ✅",),
        ("Stop loss touché",),
        ("Fermer la position", "Clôturer la position"),
        ("Signal annulé",),
        ("Déplacer le stop au point d'entrée",),
        "Bonne chance à tous !",
    ),
    "it": Lang(
        ("LONG", "Acquisto"),
        ("SHORT", "Vendita"),
        ("Ingresso", "Entrata", "Zona di ingresso"),
        ("Obiettivi", "Take Profit"),
        ("Stop Loss", "Stop"),
        ("Leva",),
        ("Cross", "Isolata"),
        ("Obiettivo {n} raggiunto ✅",),
        ("Stop loss colpito",),
        ("Chiudere la posizione", "Chiudiamo la posizione"),
        ("Segnale annullato",),
        ("Spostare lo stop all'ingresso",),
        "Buona fortuna a tutti!",
    ),
    # Korean: Bybit's cross/isolated margin as Korean guides name them (bitcoinxxo.com: 격리마진,
    # 교차마진, 레버리지); 익절/손절 are take-profit/stop-loss, 본절 the breakeven.
    "ko": Lang(
        ("롱",),
        ("숏",),
        ("진입", "진입가"),
        ("목표가", "익절"),
        ("손절", "손절가"),
        ("레버리지",),
        ("교차", "격리"),
        ("목표가 {n} 달성 ✅",),
        ("손절 완료",),
        ("포지션 종료",),
        ("시그널 취소",),
        ("손절가 본절로 이동",),
        "모두 성투하세요",
    ),
    # Japanese: Bybit's Japanese help ("分離マージン/クロスマージンとは何ですか", help.bybit.com/hc/
    # ja/articles/360039749733: 分離マージン, クロスマージン, レバレッジ); 利確/損切り, 建値 (entry).
    "ja": Lang(
        ("ロング",),
        ("ショート",),
        ("エントリー", "エントリー価格"),
        ("利確", "ターゲット"),
        ("損切り", "損切"),
        ("レバレッジ",),
        ("クロス", "分離"),
        ("利確{n} 達成 ✅",),
        ("損切りヒット",),
        ("ポジション決済",),
        ("シグナルキャンセル",),
        ("損切りを建値に移動",),
        "皆さん頑張りましょう",
    ),
}
# A long's entry named as a buy zone (a short's entry is never one).
BUY_ZONES = {"en": "Buy zone", "tr": "Alım bölgesi", "de": "Kaufzone", "vi": "Vùng mua"}
# Every language's words, for the posts whose blocks mix languages.
MIXED = "mixed"


def pair(symbol: str) -> str:
    """The pair as most channels of any language tag it: "#SOL/USDT"."""
    for quote in ("USDT", "USDC", "BTC", "USD"):
        if symbol.endswith(quote) and len(symbol) > len(quote):
            return f"#{symbol[: -len(quote)]}/{quote}"
    return f"#{symbol}"


@dataclass(frozen=True)
class LexCase:
    """One post in a language's words, and the dev reading it must give."""

    case_id: str
    family: str
    language: str
    text: str
    want: dict[str, Any]  # a signal reading, or an update's kind/symbol/tp_index/to_entry


def _words(rng: random.Random, lang: str, mixed: bool) -> Lang:
    return LANGUAGES[rng.choice(sorted(LANGUAGES))] if mixed else LANGUAGES[lang]


def signal_post(rng: random.Random, want: dict[str, Any], lang: str) -> str | None:
    """The dev reading in one language's words (or, for MIXED, each block in another's)."""
    if not want["entries"] or not want["take_profits"]:
        return None
    mixed = lang == MIXED
    side_words = _words(rng, lang, mixed)
    side = rng.choice(side_words.long if want["side"] == "LONG" else side_words.short)
    lines = [f"{pair(want['symbol'])} {side}"]
    words = _words(rng, lang, mixed)
    sep = rng.choice((": ", " : ", ": ", " - "))
    entries = [fmt(v) for v in want["entries"]]
    label = rng.choice(words.entry)
    if want["side"] == "LONG" and lang in BUY_ZONES and rng.random() < 0.3:
        label = BUY_ZONES[lang]
    lines.append(label + sep + rng.choice((" - ", "-", " / ")).join(entries))
    if want["leverage"] is not None:
        words = _words(rng, lang, mixed)
        margin = rng.choice(("", rng.choice(words.margin) + " "))
        lines.append(f"{rng.choice(words.lev)}: {margin}{want['leverage']}x")
    words = _words(rng, lang, mixed)
    label = rng.choice(words.tp)
    targets = [fmt(v) for v in want["take_profits"]]
    if rng.random() < 0.5 or len(targets) > 9:
        lines.append(label + sep + rng.choice((" - ", ", ", " / ")).join(targets))
    else:
        lines += [f"{label} {i}: {p}" for i, p in enumerate(targets, 1)]
    if want["stop_loss"] is not None:
        words = _words(rng, lang, mixed)
        lines.append(rng.choice(words.sl) + sep + fmt(want["stop_loss"]))
    return "\n".join(lines)


STATUS_KINDS = ("TP_HIT", "SL_HIT", "CLOSE", "CANCEL", "MOVE_SL")


def status_post(rng: random.Random, want: dict[str, Any], lang: str) -> str | None:
    """A dev follow-up's event and coin in one language's status phrase (for MIXED, under a
    chatter line of another language)."""
    kind = want["kind"]
    mixed = lang == MIXED
    words = _words(rng, lang, mixed)
    phrases = {
        "TP_HIT": words.tp_hit,
        "SL_HIT": words.sl_hit,
        "CLOSE": words.close,
        "CANCEL": words.cancel,
        "MOVE_SL": words.to_entry,
    }[kind]
    if kind == "TP_HIT" and not want.get("tp_index"):
        return None
    if kind == "MOVE_SL" and not want.get("to_entry"):
        return None
    phrase = rng.choice(phrases).format(n=want.get("tp_index") or 1)
    coin = pair(want["symbol"])
    body = rng.choice((f"{coin}\n{phrase}", f"{coin} {phrase}", f"{phrase}\n{coin}"))
    if mixed or rng.random() < 0.2:
        body += "\n" + LANGUAGES[rng.choice(sorted(LANGUAGES))].chatter
    return body


def cases(seed: int = 13, every: bool = True) -> list[LexCase]:
    """Every dev signal and dev follow-up in each language's words and mixed (every), or in
    one language drawn at random."""
    rng = random.Random(seed * 15485863 + 4)
    out: list[LexCase] = []
    dev = load_split("dev")
    langs = (*sorted(LANGUAGES), MIXED)
    for case in dev:
        if case.kind == "signal":
            want = case.expect["signal"]
            if case.expect.get("flags"):
                continue  # (a candle-close stop, a stop entry: words of their own)
            for lang in langs if every else (rng.choice(langs),):
                text = signal_post(rng, want, lang)
                if text is not None:
                    out.append(LexCase(case.id, "lexicon_signal", lang, text, want))
        elif case.kind == "update":
            want = case.expect.get("update") or {}
            if want.get("kind") not in STATUS_KINDS or not want.get("symbol"):
                continue
            keep = {k: want[k] for k in ("kind", "symbol", "tp_index", "to_entry") if k in want}
            for lang in langs if every else (rng.choice(langs),):
                text = status_post(rng, want, lang)
                if text is not None:
                    out.append(LexCase(case.id, "lexicon_status", lang, text, keep))
    return out


def judge(parser: EnhancedParser, c: LexCase) -> tuple[str, str]:
    """right, missed (refused, or no update read), wrong_trade or wrong_action, and why."""
    sig = parser.parse_sync(c.text)
    tradable = sig is not None and sig.is_valid()
    if c.family == "lexicon_signal":
        if sig is None or not tradable:
            return MISSED, "no signal" if sig is None else "; ".join(sig.problems())
        diffs = signal_differences(sig, {"signal": c.want, "flags": {}})
        return (WRONG, "; ".join(diffs)) if diffs else (RIGHT, "")
    if tradable:
        assert sig is not None
        return WRONG, f"read as a tradable {sig.side} {sig.symbol}"
    update = parser.parse_update_sync(c.text)
    if update is None:
        return MISSED, "no update read"
    if update.kind.value != c.want["kind"]:
        return WRONG_ACTION, f"read as {update.kind.value}, want {c.want['kind']}"
    for key in ("symbol", "tp_index", "to_entry"):
        if key in c.want and getattr(update, key) != c.want[key]:
            return MISSED, f"{key} {getattr(update, key)!r} != {c.want[key]!r}"
    return RIGHT, ""


def measure(seed: int = 13) -> tuple[dict[str, Counter[str]], list[tuple[LexCase, str, str]]]:
    """Verdicts per family and language, and every case not read right."""
    parser = EnhancedParser(enable_ai=False)
    counts: dict[str, Counter[str]] = {}
    bad: list[tuple[LexCase, str, str]] = []
    for c in cases(seed):
        verdict, detail = judge(parser, c)
        counts.setdefault(f"{c.family}:{c.language}", Counter())[verdict] += 1
        if verdict != RIGHT:
            bad.append((c, verdict, detail))
    return counts, bad


def main(argv: list[str]) -> None:
    seed = int(argv[1]) if len(argv) > 1 else 13
    show = int(argv[2]) if len(argv) > 2 else 20
    counts, bad = measure(seed)
    total: Counter[str] = Counter()
    for key, c in sorted(counts.items()):
        total.update(c)
        print(f"  {key:26} {dict(c)}")
    print(f"lexicon cases {sum(total.values())}: {dict(total)}")
    for c, verdict, detail in bad[:show]:
        print(f"--- {verdict.upper()} {c.case_id} {c.family} {c.language}: {detail}\n{c.text}")


if __name__ == "__main__":
    main(sys.argv)
