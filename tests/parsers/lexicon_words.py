"""The trading words of each language for the lexicon harness (tests/parsers/mutations_lexicon.py).

For each language the corpus and issue 13 name: long/short, entry, targets, stop, leverage with
cross or isolated, and the status words (target hit, stop hit, closed, cancelled, stop moved to
the entry). Taken from the exchanges' own localized help pages where they have one (cited per
language) and from the corpus's dev posts in that language. UNKNOWN_TP holds real take-profit
phrases the lexicon does not know (yet): a post using one must be read exactly or refused.
"""

from __future__ import annotations

from dataclasses import dataclass


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
        (
            "Цель {n} достигнута ✅",
            "Тейк {n} взят",
            "Цель {n} ✅",
            "ТП{n} ✅",
            "Цель {n} выполнена",
        ),
        ("Стоп сработал", "Выбило по стопу", "Закрылись по стопу", "Словили стоп"),
        ("Закрываем сделку", "Закрываю позицию", "Выходим из сделки", "Закрываем позицию по рынку"),
        ("Сделка отменена", "Отмена сделки", "Сигнал отменен", "Снимаем ордер"),
        ("Стоп в безубыток", "Переносим стоп в точку входа", "Стоп в б/у", "Стоп в БУ"),
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
        ("Hedef {n} ✅", "Hedef {n} ulaşıldı", "{n}. hedef geldi ✅", "TP{n} geldi ✅"),
        ("Stop oldu", "Zarar durdur çalıştı", "Stop olduk"),
        ("Pozisyonu kapatın", "İşlemi kapatıyoruz", "Pozisyonu kapattık"),
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
        ("تارگت {n} ✅", "تارگت {n} خورد", "تارگت {n} زد"),
        ("استاپ خورد", "حد ضرر فعال شد", "استاپ خوردیم"),
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
        ("تم تحقيق الهدف {n} ✅", "الهدف {n} ✅", "تحقق الهدف {n}"),
        ("تم ضرب وقف الخسارة", "ضرب الستوب", "تم تفعيل وقف الخسارة"),
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
        ("止盈{n} 已达成", "目标{n}达成 ✅", "止盈{n}到了", "目标{n}已到"),
        ("止损触发", "止损出局", "止损已触发"),
        ("平仓", "全部平仓", "平仓离场"),
        ("取消", "撤单", "取消挂单"),
        ("止损移至开仓价", "止损移到成本价", "止损上移到开仓价"),
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
        ("Objetivo {n} alcanzado ✅", "Objetivo {n} ✅"),
        ("Stop loss alcanzado", "Stop alcanzado", "Stop loss tocado"),
        ("Cerramos la operación", "Cerrar posición"),
        ("Operación cancelada", "Señal cancelada"),
        ("Mover stop a la entrada", "Stop a punto de equilibrio", "Mover SL a breakeven"),
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
        ("Alvo {n} atingido ✅", "Alvo {n} alcançado ✅"),
        ("Stop loss atingido", "STOP LOSS ATIVADO", "Stop acionado"),
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
        ("Target {n} tercapai ✅", "TP{n} tercapai"),
        ("Kena SL", "Stop loss tersentuh", "Kena stop loss"),
        ("Tutup posisi sekarang", "Tutup posisi"),
        ("Sinyal dibatalkan", "Batal"),
        ("Pindahkan SL ke entry", "Geser SL ke entry"),
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
        ("Đạt mục tiêu {n} ✅", "Chốt lời {n} ✅", "Chạm TP{n} ✅"),
        ("Dính SL", "Chạm cắt lỗ", "Dính stop loss"),
        ("Đóng lệnh ngay", "Đóng vị thế"),
        ("Hủy lệnh", "Hủy kèo"),
        ("Dời SL về điểm vào", "Dời SL về hòa vốn", "Dời SL về entry"),
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
        ("Ziel {n} erreicht ✅", "Kursziel {n} erreicht"),
        ("Stop-Loss ausgelöst", "Stop-Loss erreicht"),
        ("Position schließen", "Position jetzt schließen"),
        ("Signal storniert",),
        ("Stop auf Einstieg nachziehen", "Stop-Loss auf Einstand"),
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
        ("Objectif {n} atteint ✅", "Cible {n} atteinte ✅"),
        ("Stop loss touché", "Stop touché"),
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
        ("Obiettivo {n} raggiunto ✅", "Target {n} raggiunto"),
        ("Stop loss colpito", "Stop loss raggiunto"),
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
    # Hindi: channels write the English words in Devanagari (एंट्री, टारगेट, स्टॉप लॉस, लीवरेज).
    "hi": Lang(
        ("लॉन्ग", "LONG"),
        ("शॉर्ट", "SHORT"),
        ("एंट्री",),
        ("टारगेट",),
        ("स्टॉप लॉस",),
        ("लीवरेज",),
        ("Cross", "Isolated"),
        ("टारगेट {n} हिट ✅",),
        ("स्टॉप लॉस हिट",),
        ("पोजीशन बंद करें",),
        ("सिग्नल कैंसिल",),
        ("SL को एंट्री पर शिफ्ट करें",),
        "सभी को शुभकामनाएं",
    ),
}
# A share of the position closed ({p}: a percentage, "50"), per language.
PARTIAL: dict[str, tuple[str, ...]] = {
    "en": ("Close {p}% of the position", "Take {p}% profit now"),
    "ru": ("Фиксируем {p}%", "Закрываем {p}% позиции", "Зафиксировал {p}% позиции"),
    "tr": ("Pozisyonun %{p} kısmını kapatın", "%{p} kapatın"),
    "fa": ("{p}% پوزیشن را ببندید",),
    "ar": ("أغلقوا {p}% من الصفقة",),
    "zh": ("先平{p}%", "平仓{p}%"),
    "es": ("Cerrar el {p}% de la posición", "Cerramos {p}%"),
    "pt": ("Fechar {p}% da posição", "Fechamos {p}%"),
    "id": ("Tutup {p}% posisi",),
    "vi": ("Đóng {p}% vị thế", "Chốt {p}% lệnh"),
    "de": ("{p}% der Position schließen",),
    "fr": ("Fermer {p}% de la position",),
    "it": ("Chiudere il {p}% della posizione",),
    "ko": ("포지션 {p}% 종료",),
    "ja": ("ポジションの{p}%を決済",),
    "hi": ("{p}% पोजीशन बंद करें",),
}
# A long's entry named as a buy zone (a short's entry is never one).
BUY_ZONES = {"en": "Buy zone", "tr": "Alım bölgesi", "de": "Kaufzone", "vi": "Vùng mua"}
# Every language's words, for the posts whose blocks mix languages.
MIXED = "mixed"

# Take-profit phrases of real languages with no lexicon row: their targets are read exactly or
# the post is refused, never traded without them (a long word and an index, "Gewinnrealisierung
# 1: 19.9", read as the ratio 1:19.9; "Toma de profit - 0.5, 0.6" as a note "profit").
UNKNOWN_TP = (
    *("Gewinnrealisierung", "Realização de lucro", "Realizacja zysku", "Получение прибыли"),
    *("Prendere profitto", "Obtención de beneficios", "Toma de profit", "Kârrealizasyonu"),
    *("Fixação de lucro", "Zorblatzorblat", "Realizar profit"),
)
