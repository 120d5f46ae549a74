"""Sample letters without a database: the WSIS Forum 2022 and one recipient per language."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from liaison_app.letters.compose import (
    Addressee,
    CircularInfo,
    EventInfo,
    LetterRequest,
    PackageInfo,
    PhaseInfo,
    SessionInfo,
    SpeakerInfo,
    StateInfo,
)

SIX = ("ar", "zh", "en", "fr", "ru", "es")


def six(ar, zh, en, fr, ru, es) -> dict[str, str]:
    return dict(zip(SIX, (ar, zh, en, fr, ru, es), strict=True))


EVENT = EventInfo(
    reference="WSIS-2022",
    titles=six(
        "منتدى القمة العالمية لمجتمع المعلومات (WSIS) لعام 2022",
        "2022年信息社会世界峰会论坛",
        "WSIS Forum 2022",
        "Forum du SMSI 2022",
        "Форум ВВУИО 2022 года",
        "Foro de la CMSI 2022",
    ),
    themes={"en": "ICTs for Well-Being, Inclusion and Resilience"},
    starts_on=date(2022, 3, 15),
    ends_on=date(2022, 6, 3),
    venue="ITU Headquarters",
    city="Geneva",
    website="https://www.itu.int/net4/wsis/forum/2022/",
    reply_deadline=date(2022, 4, 15),
    co_organizers=("ITU", "UNESCO", "UNCTAD", "UNDP"),
    phases=(
        PhaseInfo(six("المرحلة الافتراضية", "线上阶段", "Virtual phase", "Phase virtuelle",
                      "Виртуальный этап", "Fase virtual"),
                  "virtual", date(2022, 3, 15), date(2022, 5, 29)),
        PhaseInfo(six("الأسبوع الختامي", "最后一周", "Final week", "Semaine finale",
                      "Заключительная неделя", "Semana final"),
                  "hybrid", date(2022, 5, 30), date(2022, 6, 3)),
    ),
    sessions_start=date(2022, 5, 31),
    sessions_end=date(2022, 6, 2),
    contact_name="Gitanjali Sah",
    contact_form="ms",
    contact_email="wsis-info@itu.int",
    contact_phone="+41227305350",
    signatory_names=six("هولين جاو", "赵厚麟", "Houlin Zhao", "Houlin Zhao", "Хоулинь Чжао",
                        "Houlin Zhao"),
    signatory_titles=six("الأمين العام", "秘书长", "Secretary-General", "Secrétaire général",
                         "Генеральный секретарь", "Secretario General"),
)  # fmt: skip

CIRCULAR = CircularInfo(
    reference="CL-22/009",
    issued_on=date(2022, 3, 21),
    subjects={"en": "Invitation to the WSIS Forum 2022", "ar": "دعوة إلى منتدى القمة 2022"},
    reply_deadline=date(2022, 4, 15),
)

STATES = {
    "ar": StateInfo("EGY", six("مصر", "埃及", "Egypt", "Égypte", "Египет", "Egipto"),
                    six("جمهورية مصر العربية", "阿拉伯埃及共和国", "Arab Republic of Egypt",
                        "République arabe d'Égypte", "Арабская Республика Египет",
                        "República Árabe de Egipto"), "ar"),
    "zh": StateInfo("CHN", six("الصين", "中国", "China", "Chine", "Китай", "China"),
                    six("جمهورية الصين الشعبية", "中华人民共和国", "People's Republic of China",
                        "République populaire de Chine", "Китайская Народная Республика",
                        "República Popular China"), "zh"),
    "ru": StateInfo("BLR", six("بيلاروس", "白俄罗斯", "Belarus", "Bélarus", "Беларусь", "Belarús"),
                    six("جمهورية بيلاروس", "白俄罗斯共和国", "Republic of Belarus",
                        "République du Bélarus", "Республика Беларусь", "República de Belarús"),
                    "ru"),
    "en": StateInfo("KEN", six("كينيا", "肯尼亚", "Kenya", "Kenya", "Кения", "Kenya"),
                    six("جمهورية كينيا", "肯尼亚共和国", "Republic of Kenya", "République du Kenya",
                        "Республика Кения", "República de Kenya"), "en"),
    "fr": StateInfo("SEN", six("السنغال", "塞内加尔", "Senegal", "Sénégal", "Сенегал", "Senegal"),
                    six("جمهورية السنغال", "塞内加尔共和国", "Republic of Senegal",
                        "République du Sénégal", "Республика Сенегал", "República del Senegal"),
                    "fr"),
    "es": StateInfo("ARG", six("الأرجنتين", "阿根廷", "Argentina", "Argentine", "Аргентина",
                               "Argentina"),
                    six("جمهورية الأرجنتين", "阿根廷共和国", "Argentine Republic",
                        "République argentine", "Аргентинская Республика", "República Argentina"),
                    "es"),
}  # fmt: skip

PEOPLE = {
    "ar": Addressee(key="ar", full_name="كريم عادل منصور", full_name_latin="Karim Adel Mansour",
                    family_name="منصور", position="وزير الاتصالات وتكنولوجيا المعلومات",
                    organization="وزارة الاتصالات وتكنولوجيا المعلومات",
                    postal_address="القرية الذكية، الجيزة\nEgypt", gender="male",
                    form_of_address="dr", level="minister", member_state=STATES["ar"]),
    "zh": Addressee(key="zh", full_name="王小明", full_name_latin="Wang Xiaoming",
                    position="工业和信息化部部长", organization="工业和信息化部",
                    postal_address="北京市西长安街13号", gender="male", level="minister",
                    member_state=STATES["zh"]),
    "ru": Addressee(key="ru", full_name="Дмитрий Николаевич Ковалёв", family_name="Ковалёв",
                    position="Министр связи и информатизации", organization="Минсвязи",
                    postal_address="пр-т Независимости, 10\nМинск", gender="male",
                    level="minister", member_state=STATES["ru"]),
    "en": Addressee(key="en", full_name="Jane Wanjiru", family_name="Wanjiru",
                    position="Cabinet Secretary for ICT",
                    organization="Ministry of Information, Communications and the Digital Economy",
                    postal_address="Teleposta Towers\nNairobi\nKenya", gender="female",
                    level="minister", member_state=STATES["en"]),
    "fr": Addressee(key="fr", full_name="Amadou Diop", family_name="Diop",
                    position="Ministre de la Communication et de l'Économie numérique",
                    organization="Ministère de la Communication", postal_address="Dakar",
                    gender="male", level="minister", member_state=STATES["fr"]),
    "es": Addressee(key="es", full_name="María López", family_name="López",
                    position="Secretaria de Innovación", organization="Jefatura de Gabinete",
                    postal_address="Buenos Aires", gender="female", level="vice_minister",
                    member_state=STATES["es"]),
}  # fmt: skip


def request(language: str, kind: str = "invitation", **changes) -> LetterRequest:
    values = {
        "kind": kind,
        "addressee": PEOPLE[language],
        "event": EVENT,
        "language": language,
        "reference": "CL-22/009/001",
        "letter_date": date(2022, 3, 21),
        "circular": CIRCULAR,
        "session": SessionInfo(
            six("جلسة 2", "会议2", "Session 2", "Session 2", "Заседание 2", "Sesión 2"),
            date(2022, 5, 31), time(10, 0), time(11, 0), "Popov Room", 3,
        ),
        "speaker": SpeakerInfo("Jane Wanjiru", mode="remote", gender="female"),
        "waitlist_position": 2,
        "package": PackageInfo(six("ذهبية", "金牌", "Gold", "Or", "Золото", "Oro"),
                               Decimal("50000"), "CHF"),
        "organization_name": "Al<Sayed & Sons",
    }  # fmt: skip
    values.update(changes)
    return LetterRequest(**values)
