"""The demo database: the WSIS Forum 2022 as circular CL-22/009 announced it, and a sample office.

The event, its dates, deadlines, contact person, signatory and circular follow the circular
itself (its Arabic text, Geneva, 21 March 2022). Everything that came back (replies,
delegations, speaking requests, partnership inquiries) and every person in the directory is
invented: see `liaison_app.services.demo_people`. The demo reads as of about
22 April 2022, a week after the reply deadline.

The content is deterministic: records get UUIDs derived from fixed keys and fixed timestamps, so
two demo databases differ only in the Member States' own keys (seeded by `prepare_database`).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session as OrmSession

from liaison_app.domain.base import TimestampMixin
from liaison_app.domain.enums import (
    UN_LANGUAGES,
    AddresseeScope,
    AttendanceMode,
    Credentials,
    FormOfAddress,
    IncomingChannel,
    InquirySource,
    InvitationStatus,
    LevelOfRepresentation,
    OrganizationType,
    OutgoingChannel,
    PartnershipStage,
    PhaseMode,
    ReplyDecision,
    SessionMode,
    SpeakingRequestStatus,
)
from liaison_app.domain.models import (
    Circular,
    Contact,
    DelegationMember,
    Event,
    EventPhase,
    Invitation,
    MemberState,
    Organization,
    PartnershipInquiry,
    PartnershipPackage,
    Reply,
    ReplySource,
    Session,
    SessionPreference,
    SpeakingRequest,
)
from liaison_app.domain.text_folding import contact_search_text
from liaison_app.errors import UserError
from liaison_app.services.demo_people import (
    ORGANIZATIONS,
    PEOPLE,
    DemoOrganization,
    DemoPerson,
)
from liaison_app.services.setup import prepare_database
from liaison_app.storage.database import Database
from liaison_app.storage.location import sqlite_path
from liaison_app.storage.opening import open_database

log = logging.getLogger(__name__)

EVENT_REFERENCE = "WSIS-2022"
CIRCULAR_REFERENCE = "CL-22/009"

#: Every demo UUID is uuid5(NAMESPACE, "<kind>:<key>").
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://liaison-desk.example/demo/WSIS-2022")

_T = TypeVar("_T")


def demo_id(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{key}")


# --- Creating the file --------------------------------------------------------------------------


def create_demo_database(url: URL, *, replace: bool = False) -> None:
    """Create the demo database at `url`.

    An SQLite file is built beside the target (`<name>.building`) and renamed over it only when
    complete, so a failure leaves no half-built database and an existing file is untouched unless
    `replace` is given. A server database is filled in place in one transaction, and only when it
    holds no event yet (a server is never wiped, `replace` or not).
    """
    path = sqlite_path(url)
    if path is None:
        _create_in_server_database(url)
        return
    if path.exists() and (path.is_dir() or path.stat().st_size > 0) and not replace:
        raise UserError(
            "{path} already exists. Choose another path, or add --replace to overwrite it.",
            path=path,
        )
    building = path.with_name(path.name + ".building")
    _remove_sqlite_file(building)
    try:
        result = open_database(url.set(database=str(building)))
        try:
            fill_demo_database(result.database)
        finally:
            # Every connection closed before the rename: no handle keeps the built file's WAL.
            result.database.dispose()
        _make_self_contained(building)
        for suffix in ("-wal", "-shm"):
            # A stale WAL beside the target would be applied to the new file and corrupt it.
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(building, path)
    except OSError as error:
        _remove_sqlite_file(building)
        raise UserError(
            "Could not create the demo database {path}: {reason}",
            path=path,
            reason=error.strerror or str(error),
        ) from error
    except BaseException:
        _remove_sqlite_file(building)
        raise
    log.info("demo database created at %s", path)


def _create_in_server_database(url: URL) -> None:
    result = open_database(url)
    database = result.database
    try:
        with database.reading() as session:
            _refuse_if_events(session, database.display_name)
        fill_demo_database(database)
    finally:
        database.dispose()
    log.info("demo content added to %s", database.display_name)


def _refuse_if_events(session: OrmSession, name: str) -> None:
    if session.scalar(select(func.count()).select_from(Event)):
        raise UserError(
            "{name} already holds events: the demo goes only into an empty database "
            "(--replace works on SQLite files only).",
            name=name,
        )


def _make_self_contained(path: Path) -> None:
    """Checkpoint the WAL into the file and leave rollback-journal mode, so it is one file.

    The app's engine switches the file back to WAL when it opens it.
    """
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        connection.close()
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _remove_sqlite_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# --- Content ------------------------------------------------------------------------------------


def fill_demo_database(database: Database) -> None:
    """Seed the Member States if needed, then add the whole demo in one transaction."""
    prepare_database(database)
    with database.writing() as session:
        _refuse_if_events(session, database.display_name)
        _DemoBuilder(session).build()


def _geneva(month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    """A 2022 Geneva wall-clock time as UTC (summer time from 27 March 2022)."""
    offset = 2 if (month, day) >= (3, 27) else 1
    local = datetime(2022, month, day, hour, minute, tzinfo=timezone(timedelta(hours=offset)))
    return local.astimezone(UTC)


def _d(month: int, day: int) -> date:
    return date(2022, month, day)


def _stamp(record: _T, created: datetime, updated: datetime | None = None) -> _T:
    """Fixed timestamps, so two demo databases hold the same content."""
    assert isinstance(record, TimestampMixin)
    record.created_at = created
    record.updated_at = updated or created
    return record


def _six(ar: str, zh: str, en: str, fr: str, ru: str, es: str) -> dict[str, str]:
    texts = {"ar": ar, "zh": zh, "en": en, "fr": fr, "ru": ru, "es": es}
    assert list(texts) == [language.value for language in UN_LANGUAGES]
    return texts


# --- The event as the circular states it ---------------------------------------------------------

EVENT_TITLES = _six(
    "منتدى القمة العالمية لمجتمع المعلومات (WSIS) لعام 2022",
    "2022年信息社会世界峰会论坛",
    "WSIS Forum 2022",
    "Forum du SMSI 2022",
    "Форум ВВУИО 2022 года",
    "Foro de la CMSI 2022",
)
EVENT_THEMES = _six(
    "تكنولوجيات المعلومات والاتصالات من أجل الرفاه والشمول والصمود: التعاون في إطار القمة "
    "العالمية لمجتمع المعلومات من أجل التعجيل بتحقيق أهداف التنمية المستدامة",
    "信通技术促进福祉、包容和复原力：信息社会世界峰会合作加快实现可持续发展目标的进展",
    "ICTs for Well-Being, Inclusion and Resilience: WSIS Cooperation for Accelerating Progress "
    "on the SDGs",
    "Les TIC au service du bien-être, de l'inclusion et de la résilience : la coopération dans le "
    "cadre du SMSI pour accélérer la réalisation des ODD",
    "ИКТ для благополучия, вовлеченности и жизнестойкости: сотрудничество в рамках ВВУИО для "
    "ускорения прогресса в достижении ЦУР",
    "Las TIC para el bienestar, la inclusión y la resiliencia: cooperación en el marco de la CMSI "
    "para acelerar los avances hacia los ODS",
)
SIGNATORY_NAMES = _six(
    "هولين جاو", "赵厚麟", "Houlin Zhao", "Houlin Zhao", "Хоулинь Чжао", "Houlin Zhao"
)
SIGNATORY_TITLES = _six(
    "الأمين العام",
    "秘书长",
    "Secretary-General",
    "Secrétaire général",
    "Генеральный секретарь",
    "Secretario General",
)
VIRTUAL_PHASE = _six(
    "المرحلة الافتراضية",
    "线上阶段",
    "Virtual phase",
    "Phase virtuelle",
    "Виртуальный этап",
    "Fase virtual",
)
FINAL_WEEK = _six(
    "الأسبوع الختامي (حضورياً مع مشاركة محسنة عن بُعد)",
    "最后一周（现场会议，加强远程参与）",
    "Final week (in person, with enhanced remote participation)",
    "Semaine finale (en présentiel, avec participation à distance renforcée)",
    "Заключительная неделя (очно, с расширенным дистанционным участием)",
    "Semana final (presencial, con participación a distancia mejorada)",
)
CIRCULAR_SUBJECTS = _six(
    "دعوة إلى منتدى القمة العالمية لمجتمع المعلومات (WSIS) لعام 2022",
    "邀请参加2022年信息社会世界峰会（WSIS）论坛",
    "Invitation to the World Summit on the Information Society (WSIS) Forum 2022",
    "Invitation au Forum du Sommet mondial sur la société de l'information (SMSI) 2022",
    "Приглашение на Форум Всемирной встречи на высшем уровне по вопросам информационного "
    "общества (ВВУИО) 2022 года",
    "Invitación al Foro de la Cumbre Mundial sobre la Sociedad de la Información (CMSI) 2022",
)
CIRCULAR_ADDRESSEES = _six(
    "الوزراء، الدول الأعضاء في الاتحاد الدولي للاتصالات",
    "国际电联成员国部长",
    "Ministers of ITU Member States",
    "Ministres des États Membres de l'UIT",
    "Министрам Государств – Членов МСЭ",
    "Ministros de los Estados Miembros de la UIT",
)
OPENING_SEGMENT = _six(
    "الجزء الافتتاحي",
    "开幕式",
    "Opening Segment",
    "Segment d'ouverture",
    "Церемония открытия",
    "Segmento inaugural",
)
HLPS_PREFIX = _six(
    "جلسة السياسة العامة رفيعة المستوى {n}: {topic}",
    "高级别政策会议{n}：{topic}",
    "High-Level Policy Session {n}: {topic}",
    "Session de haut niveau sur les politiques générales {n} : {topic}",
    "Заседание высокого уровня по вопросам политики {n}: {topic}",
    "Sesión de alto nivel sobre políticas {n}: {topic}",
)
#: Topics of the High-Level Policy Sessions, drawn from the WSIS action lines.
HLPS_TOPICS: tuple[dict[str, str], ...] = (
    _six(
        "سد الفجوات الرقمية",
        "弥合数字鸿沟",
        "Bridging Digital Divides",
        "Réduire les fractures numériques",
        "Преодоление цифрового разрыва",
        "Reducir las brechas digitales",
    ),
    _six(
        "البيئة التمكينية",
        "有利环境",
        "Enabling Environment",
        "Environnement propice",
        "Благоприятная среда",
        "Entorno propicio",
    ),
    _six(
        "بناء الثقة والأمن في استعمال تكنولوجيا المعلومات والاتصالات",
        "建立使用信通技术的信心和安全",
        "Building Confidence and Security in the Use of ICTs",
        "Établir la confiance et la sécurité dans l'utilisation des TIC",
        "Укрепление доверия и безопасности при использовании ИКТ",
        "Crear confianza y seguridad en la utilización de las TIC",
    ),
    _six(
        "الاقتصاد الرقمي والتجارة",
        "数字经济和贸易",
        "Digital Economy and Trade",
        "Économie numérique et commerce",
        "Цифровая экономика и торговля",
        "Economía digital y comercio",
    ),
    _six(
        "بناء القدرات",
        "能力建设",
        "Capacity Building",
        "Renforcement des capacités",
        "Создание потенциала",
        "Creación de capacidades",
    ),
    _six(
        "تعميم مراعاة المنظور الجنساني",
        "性别主流化",
        "Gender Mainstreaming",
        "Intégration du principe de l'égalité hommes-femmes",
        "Учет гендерной проблематики",
        "Incorporación de la perspectiva de género",
    ),
    _six(
        "الشمول: النفاذ إلى المعلومات والمعرفة للجميع",
        "包容性：人人获取信息和知识",
        "Inclusiveness: Access to Information and Knowledge for All",
        "Inclusion : accès de tous à l'information et au savoir",
        "Инклюзивность: доступ к информации и знаниям для всех",
        "Inclusión: acceso de todos a la información y el conocimiento",
    ),
    _six(
        "تكنولوجيا المعلومات والاتصالات والبيئة",
        "信通技术与环境",
        "ICTs and the Environment",
        "Les TIC et l'environnement",
        "ИКТ и окружающая среда",
        "Las TIC y el medio ambiente",
    ),
    _six(
        "التمويل من أجل التنمية ودور تكنولوجيا المعلومات والاتصالات",
        "发展筹资与信通技术的作用",
        "Financing for Development and the Role of ICTs",
        "Financement du développement et rôle des TIC",
        "Финансирование развития и роль ИКТ",
        "Financiación para el desarrollo y función de las TIC",
    ),
    _six(
        "الأبعاد الأخلاقية لمجتمع المعلومات",
        "信息社会的伦理层面",
        "Ethical Dimensions of the Information Society",
        "Dimensions éthiques de la société de l'information",
        "Этические аспекты информационного общества",
        "Dimensiones éticas de la sociedad de la información",
    ),
    _six(
        "التعاون الدولي والإقليمي",
        "国际和区域合作",
        "International and Regional Cooperation",
        "Coopération internationale et régionale",
        "Международное и региональное сотрудничество",
        "Cooperación internacional y regional",
    ),
)
#: Four slots a day in the final week; the opening segment takes the first one on 31 May.
SLOTS: tuple[tuple[time, time], ...] = (
    (time(9, 0), time(10, 30)),
    (time(11, 0), time(12, 30)),
    (time(14, 0), time(15, 30)),
    (time(16, 0), time(17, 30)),
)
HLPS_DAYS: tuple[date, ...] = (_d(5, 31), _d(6, 1), _d(6, 2))


@dataclass(frozen=True)
class PackagePlan:
    code: str
    tier: int
    amount: int
    quantity: int | None
    names: dict[str, str]
    benefits: dict[str, str]


PACKAGES: tuple[PackagePlan, ...] = (
    PackagePlan(
        "STRATEGIC_PLATINUM",
        1,
        200_000,
        2,
        _six(
            "شريك استراتيجي بلاتيني",
            "白金级战略合作伙伴",
            "Strategic Partner Platinum",
            "Partenaire stratégique Platine",
            "Стратегический партнер платинового уровня",
            "Socio estratégico Platino",
        ),
        {
            "en": "Recognition as Strategic Partner Platinum in all Forum material, on the "
            "website and at the venue; a speaking slot in the Opening Segment; a high-level "
            "dialogue or thematic workshop; prime exhibition space; 10 VIP badges.",
            "fr": "Reconnaissance en tant que Partenaire stratégique Platine dans tous les "
            "supports du Forum, sur le site web et sur le lieu de la manifestation ; une "
            "intervention lors du segment d'ouverture ; un dialogue de haut niveau ou un "
            "atelier thématique ; un espace d'exposition privilégié ; 10 badges VIP.",
            "es": "Reconocimiento como Socio estratégico Platino en todo el material del Foro, "
            "en el sitio web y en la sede; un turno de palabra en el Segmento inaugural; un "
            "diálogo de alto nivel o taller temático; espacio de exposición preferente; "
            "10 acreditaciones VIP.",
        },
    ),
    PackagePlan(
        "STRATEGIC_GOLD",
        2,
        100_000,
        4,
        _six(
            "شريك استراتيجي ذهبي",
            "金级战略合作伙伴",
            "Strategic Partner Gold",
            "Partenaire stratégique Or",
            "Стратегический партнер золотого уровня",
            "Socio estratégico Oro",
        ),
        {
            "en": "Recognition as Strategic Partner Gold in Forum material, on the website and "
            "at the venue; a thematic workshop; exhibition space; 6 VIP badges.",
            "fr": "Reconnaissance en tant que Partenaire stratégique Or dans les supports du "
            "Forum, sur le site web et sur le lieu de la manifestation ; un atelier "
            "thématique ; un espace d'exposition ; 6 badges VIP.",
            "es": "Reconocimiento como Socio estratégico Oro en el material del Foro, en el "
            "sitio web y en la sede; un taller temático; espacio de exposición; "
            "6 acreditaciones VIP.",
        },
    ),
    PackagePlan(
        "PARTNER",
        3,
        50_000,
        None,
        _six("شريك", "合作伙伴", "Partner", "Partenaire", "Партнер", "Socio"),
        {
            "en": "Recognition as Partner on the website and at the venue; a thematic "
            "workshop; 4 VIP badges.",
            "fr": "Reconnaissance en tant que Partenaire sur le site web et sur le lieu de la "
            "manifestation ; un atelier thématique ; 4 badges VIP.",
        },
    ),
    PackagePlan(
        "CONTRIBUTING_PARTNER",
        4,
        30_000,
        None,
        _six(
            "شريك مساهم",
            "贡献合作伙伴",
            "Contributing Partner",
            "Partenaire contributeur",
            "Партнер-участник",
            "Socio contribuyente",
        ),
        {
            "en": "Recognition as Contributing Partner on the website and at the venue; "
            "2 VIP badges.",
            "fr": "Reconnaissance en tant que Partenaire contributeur sur le site web et sur le "
            "lieu de la manifestation ; 2 badges VIP.",
        },
    ),
    PackagePlan(
        "SPECIFIC_ACTIVITIES",
        5,
        10_000,
        None,
        _six(
            "شريك لأنشطة محددة",
            "特定活动合作伙伴",
            "Partner for Specific Activities",
            "Partenaire pour des activités spécifiques",
            "Партнер по конкретным мероприятиям",
            "Socio para actividades específicas",
        ),
        {
            "en": "Support for one activity of the Forum (the WSIS Prizes ceremony, the "
            "hackathon, a knowledge café or TalkX), recognised at that activity and on the "
            "website.",
            "fr": "Soutien à une activité du Forum (cérémonie des Prix du SMSI, hackathon, café "
            "du savoir ou TalkX), avec reconnaissance lors de cette activité et sur le site web.",
        },
    ),
)

# --- What was sent and what came back ------------------------------------------------------------

S = InvitationStatus
OUT = OutgoingChannel
IN = IncomingChannel

#: One invitation per Member State: (ISO alpha-3, status, channel). Sixty of the 193.
INVITATIONS: tuple[tuple[str, InvitationStatus, OutgoingChannel], ...] = (
    ("EGY", S.ACCEPTED, OUT.EMAIL),
    ("SAU", S.ACCEPTED, OUT.DIPLOMATIC_POUCH),
    ("ARE", S.ACCEPTED, OUT.EMAIL),
    ("MAR", S.ACCEPTED, OUT.EMAIL),
    ("TUN", S.ACCEPTED, OUT.EMAIL),
    ("OMN", S.ACCEPTED, OUT.DIPLOMATIC_POUCH),
    ("CHN", S.ACCEPTED, OUT.HAND_DELIVERY),
    ("RUS", S.ACCEPTED, OUT.HAND_DELIVERY),
    ("KAZ", S.ACCEPTED, OUT.EMAIL),
    ("BLR", S.ACCEPTED, OUT.POST),
    ("UZB", S.ACCEPTED, OUT.EMAIL),
    ("FRA", S.ACCEPTED, OUT.EMAIL),
    ("ESP", S.ACCEPTED, OUT.EMAIL),
    ("MEX", S.ACCEPTED, OUT.EMAIL),
    ("CIV", S.ACCEPTED, OUT.DIPLOMATIC_POUCH),
    ("TUR", S.ACCEPTED, OUT.HAND_DELIVERY),
    ("BRA", S.ACCEPTED, OUT.EMAIL),
    ("SEN", S.ACCEPTED, OUT.POST),
    ("COL", S.ACCEPTED, OUT.EMAIL),
    ("CHE", S.ACCEPTED, OUT.HAND_DELIVERY),
    ("IND", S.ACCEPTED, OUT.EMAIL),
    ("NGA", S.ACCEPTED, OUT.DIPLOMATIC_POUCH),
    ("RWA", S.ACCEPTED, OUT.EMAIL),
    ("KEN", S.ACCEPTED, OUT.EMAIL),
    ("DEU", S.DECLINED, OUT.EMAIL),
    ("JPN", S.DECLINED, OUT.HAND_DELIVERY),
    ("ARG", S.DECLINED, OUT.HAND_DELIVERY),
    ("PRT", S.DECLINED, OUT.EMAIL),
    ("GRC", S.DECLINED, OUT.EMAIL),
    ("NLD", S.DECLINED, OUT.EMAIL),
    ("JOR", S.TENTATIVE, OUT.EMAIL),
    ("KOR", S.TENTATIVE, OUT.EMAIL),
    ("IDN", S.TENTATIVE, OUT.HAND_DELIVERY),
    ("POL", S.TENTATIVE, OUT.EMAIL),
    ("THA", S.TENTATIVE, OUT.POST),
    ("QAT", S.ACKNOWLEDGED, OUT.HAND_DELIVERY),
    ("DZA", S.ACKNOWLEDGED, OUT.DIPLOMATIC_POUCH),
    ("VNM", S.ACKNOWLEDGED, OUT.EMAIL),
    ("ZAF", S.ACKNOWLEDGED, OUT.EMAIL),
    ("CAN", S.ACKNOWLEDGED, OUT.EMAIL),
    ("LBN", S.NO_REPLY, OUT.EMAIL),
    ("KGZ", S.NO_REPLY, OUT.HAND_DELIVERY),
    ("SRB", S.NO_REPLY, OUT.EMAIL),
    ("PAK", S.NO_REPLY, OUT.EMAIL),
    ("IRN", S.NO_REPLY, OUT.DIPLOMATIC_POUCH),
    ("CUB", S.NO_REPLY, OUT.POST),
    ("PER", S.NO_REPLY, OUT.EMAIL),
    ("GBR", S.NO_REPLY, OUT.EMAIL),
    ("USA", S.NO_REPLY, OUT.EMAIL),
    ("AUS", S.NO_REPLY, OUT.EMAIL),
    ("ITA", S.NO_REPLY, OUT.EMAIL),
    ("ETH", S.NO_REPLY, OUT.POST),
    ("NZL", S.SENT, OUT.EMAIL),
    ("SWE", S.SENT, OUT.EMAIL),
    ("GHA", S.SENT, OUT.EMAIL),
    ("CHL", S.SENT, OUT.EMAIL),
    ("PHL", S.SENT, OUT.EMAIL),
    ("MYS", S.DRAFT, OUT.EMAIL),
    ("BGD", S.DRAFT, OUT.EMAIL),
    ("FIN", S.DRAFT, OUT.EMAIL),
)

#: When each acknowledged invitation was acknowledged, and by whom.
ACKNOWLEDGEMENTS: dict[str, tuple[date, str]] = {
    "QAT": (_d(3, 23), "Receipt acknowledged by the Permanent Mission by note verbale."),
    "DZA": (_d(3, 28), "Receipt acknowledged by the Ministry's protocol office by e-mail."),
    "VNM": (_d(3, 24), "Receipt acknowledged by e-mail; reply to follow from the Ministry."),
    "ZAF": (_d(4, 4), "Acknowledged by phone; the Deputy Minister's office will confirm."),
    "CAN": (_d(3, 30), "Acknowledged by e-mail; participation under consideration."),
}


@dataclass(frozen=True)
class MemberPlan:
    #: A directory key ("EGY/ambassador") or a name for someone not in the directory.
    who: str
    function: str | None = None
    mode: AttendanceMode = AttendanceMode.IN_PERSON


@dataclass(frozen=True)
class SourcePlan:
    channel: IncomingChannel
    received_on: date
    reference: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ReplyPlan:
    iso3: str
    decision: ReplyDecision
    sources: tuple[SourcePlan, ...]
    level: LevelOfRepresentation | None = None
    credentials: Credentials = Credentials.NONE
    credentials_signed_by: str | None = None
    credentials_date: date | None = None
    delegation: tuple[MemberPlan, ...] = ()
    notes: str | None = None


A, D, T = ReplyDecision.ACCEPTED, ReplyDecision.DECLINED, ReplyDecision.TENTATIVE
REMOTE = AttendanceMode.REMOTE
L = LevelOfRepresentation
C = Credentials
FM = "Minister of Foreign Affairs"

REPLIES: tuple[ReplyPlan, ...] = (
    ReplyPlan(
        "EGY",
        A,
        (
            SourcePlan(IN.ONLINE_FORM, _d(3, 25), "WSIS-HL-2022-0007"),
            SourcePlan(IN.LETTER, _d(3, 29), "MCIT/IR/2022/118", "Signed letter confirming."),
        ),
        L.MINISTER,
        C.ORIGINAL,
        FM,
        _d(3, 28),
        (
            MemberPlan("EGY/minister"),
            MemberPlan("EGY/ambassador"),
            MemberPlan("EGY/assistant-minister"),
            MemberPlan("Dina Ashraf Fahmy", "Adviser to the Minister", REMOTE),
        ),
    ),
    ReplyPlan(
        "SAU",
        A,
        (SourcePlan(IN.NOTE_VERBALE, _d(3, 28), "NV 44/2022"),),
        L.MINISTER,
        C.ORIGINAL,
        FM,
        _d(3, 27),
        (
            MemberPlan("SAU/minister"),
            MemberPlan("SAU/ambassador"),
            MemberPlan("Nawaf Ibrahim Al-Otaibi", "Director of International Organizations"),
        ),
    ),
    ReplyPlan(
        "ARE",
        A,
        (SourcePlan(IN.EMAIL, _d(3, 30)),),
        L.AMBASSADOR,
        C.COPY,
        "Minister of State",
        _d(3, 29),
        (MemberPlan("ARE/ambassador"), MemberPlan("ARE/director-general")),
    ),
    ReplyPlan(
        "MAR",
        A,
        (SourcePlan(IN.LETTER, _d(4, 1), "DTN/CAB/2022/0312"),),
        L.MINISTER,
        C.COPY,
        "Ministre des Affaires étrangères",
        _d(3, 30),
        (
            MemberPlan("MAR/minister"),
            MemberPlan("MAR/ambassador"),
            MemberPlan("Hicham Bennani", "Chef de cabinet"),
        ),
    ),
    ReplyPlan(
        "TUN",
        A,
        (SourcePlan(IN.EMAIL, _d(4, 4)),),
        L.MINISTER,
        C.NONE,
        delegation=(
            MemberPlan("TUN/minister", mode=REMOTE),
            MemberPlan("Amel Gharbi", "Directrice de la coopération internationale", REMOTE),
        ),
        notes="The delegation follows the Forum remotely; no speaking slot requested.",
    ),
    ReplyPlan(
        "OMN",
        A,
        (SourcePlan(IN.NOTE_VERBALE, _d(3, 31), "NV 2022/GVA/061"),),
        L.MINISTER,
        C.ORIGINAL,
        FM,
        _d(3, 30),
        (
            MemberPlan("OMN/minister"),
            MemberPlan("Khalid Salim Al-Hinai", "Director-General of Planning"),
        ),
    ),
    ReplyPlan(
        "CHN",
        A,
        (
            SourcePlan(IN.NOTE_VERBALE, _d(3, 30), "(2022) 中代字第57号"),
            SourcePlan(IN.ONLINE_FORM, _d(4, 2), "WSIS-HL-2022-0021"),
        ),
        L.VICE_MINISTER,
        C.ORIGINAL,
        FM,
        _d(3, 29),
        (
            MemberPlan("CHN/vice-minister"),
            MemberPlan("CHN/ambassador"),
            MemberPlan("CHN/director-general"),
            MemberPlan("Sun Haoran", "Third Secretary, Permanent Mission"),
        ),
    ),
    ReplyPlan(
        "RUS",
        A,
        (SourcePlan(IN.NOTE_VERBALE, _d(4, 6), "№ 1187"),),
        L.VICE_MINISTER,
        C.ORIGINAL,
        FM,
        _d(4, 4),
        (
            MemberPlan("RUS/deputy-minister", mode=REMOTE),
            MemberPlan("RUS/ambassador"),
            MemberPlan("Pavel Orlov", "Counsellor, Permanent Mission"),
        ),
    ),
    ReplyPlan(
        "KAZ",
        A,
        (SourcePlan(IN.LETTER, _d(4, 5), "№ 03-2-14/1492"),),
        L.MINISTER,
        C.ORIGINAL,
        FM,
        _d(4, 1),
        (
            MemberPlan("KAZ/minister"),
            MemberPlan("Aliya Seitkali", "Director of International Cooperation"),
        ),
    ),
    ReplyPlan(
        "BLR",
        A,
        (SourcePlan(IN.NOTE_VERBALE, _d(4, 8), "№ 02-17/611"),),
        L.MINISTER,
        C.COPY,
        FM,
        _d(4, 6),
        (MemberPlan("BLR/minister"), MemberPlan("Andrei Lis", "First Secretary")),
    ),
    ReplyPlan(
        "UZB",
        A,
        (SourcePlan(IN.LETTER, _d(4, 7), "№ 01/2-1375"),),
        L.DEPUTY_PRIME_MINISTER,
        C.ORIGINAL,
        FM,
        _d(4, 5),
        (
            MemberPlan("UZB/deputy-prime-minister"),
            MemberPlan("Jasur Tursunov", "Head of International Relations"),
            MemberPlan("Malika Yusupova", "Adviser", REMOTE),
        ),
    ),
    ReplyPlan(
        "FRA",
        A,
        (
            SourcePlan(IN.EMAIL, _d(3, 25), None, "Advance copy from the Minister's office."),
            SourcePlan(IN.LETTER, _d(4, 1), "CAB-TN/2022/0457"),
        ),
        L.MINISTER,
        C.ORIGINAL,
        "Ministre de l'Europe et des Affaires étrangères",
        _d(3, 31),
        (
            MemberPlan("FRA/minister"),
            MemberPlan("FRA/ambassador"),
            MemberPlan("Claire Vasseur", "Conseillère numérique"),
        ),
    ),
    ReplyPlan(
        "ESP",
        A,
        (SourcePlan(IN.ONLINE_FORM, _d(4, 11), "WSIS-HL-2022-0048"),),
        L.VICE_MINISTER,
        C.NONE,
        delegation=(
            MemberPlan("ESP/secretary-of-state", mode=REMOTE),
            MemberPlan("ESP/ambassador"),
        ),
    ),
    ReplyPlan(
        "MEX",
        A,
        (SourcePlan(IN.EMAIL, _d(4, 14)),),
        L.VICE_MINISTER,
        C.COPY,
        "Secretario de Relaciones Exteriores",
        _d(4, 12),
        (MemberPlan("MEX/undersecretary", mode=REMOTE), MemberPlan("MEX/ambassador")),
    ),
    ReplyPlan(
        "CIV",
        A,
        (SourcePlan(IN.LETTER, _d(4, 12), "N°0412/MENTI/CAB"),),
        L.MINISTER,
        C.ORIGINAL,
        "Ministre des Affaires étrangères",
        _d(4, 8),
        (
            MemberPlan("CIV/minister"),
            MemberPlan("CIV/ambassador"),
            MemberPlan("Serge Bamba", "Directeur de cabinet adjoint"),
        ),
    ),
    ReplyPlan(
        "TUR",
        A,
        (
            SourcePlan(IN.NOTE_VERBALE, _d(4, 13), "2022/CEN-BM/8841"),
            SourcePlan(
                IN.NOTE_VERBALE,
                _d(4, 20),
                "2022/CEN-BM/9117",
                "The Deputy Minister cannot travel; the Permanent Representative heads the "
                "delegation.",
            ),
        ),
        L.AMBASSADOR,
        C.COPY,
        FM,
        _d(4, 19),
        (MemberPlan("TUR/ambassador"), MemberPlan("Emre Aksoy", "Counsellor")),
    ),
    ReplyPlan(
        "BRA",
        A,
        (SourcePlan(IN.ONLINE_FORM, _d(4, 15), "WSIS-HL-2022-0063"),),
        L.MINISTER,
        C.COPY,
        "Ministro das Relações Exteriores",
        _d(4, 14),
        (
            MemberPlan("BRA/minister"),
            MemberPlan("BRA/ambassador"),
            MemberPlan("Rafael Teixeira", "Assessor internacional"),
        ),
    ),
    ReplyPlan(
        "SEN",
        A,
        (SourcePlan(IN.LETTER, _d(4, 19), "N°00718/MAESE/DAJC"),),
        L.AMBASSADOR,
        C.ORIGINAL,
        "Ministre des Affaires étrangères et des Sénégalais de l'Extérieur",
        _d(4, 14),
        (MemberPlan("SEN/ambassador"), MemberPlan("Babacar Ndour", "Premier conseiller")),
        notes="Received after the 15 April deadline.",
    ),
    ReplyPlan(
        "COL",
        A,
        (SourcePlan(IN.EMAIL, _d(4, 20)),),
        L.MINISTER,
        C.NONE,
        delegation=(
            MemberPlan("COL/minister", mode=REMOTE),
            MemberPlan("Felipe Rojas", "Asesor del Despacho", REMOTE),
        ),
        notes="Received after the 15 April deadline.",
    ),
    ReplyPlan(
        "CHE",
        A,
        (
            SourcePlan(
                IN.MEETING,
                _d(3, 29),
                None,
                "Confirmed orally at the host-country coordination meeting.",
            ),
            SourcePlan(IN.NOTE_VERBALE, _d(4, 5), "NV 112/2022"),
        ),
        L.AMBASSADOR,
        C.NONE,
        delegation=(MemberPlan("CHE/ambassador"), MemberPlan("CHE/deputy-director")),
    ),
    ReplyPlan(
        "IND",
        A,
        (SourcePlan(IN.EMAIL, _d(4, 8)),),
        L.VICE_MINISTER,
        C.ORIGINAL,
        "Minister of External Affairs",
        _d(4, 6),
        (
            MemberPlan("IND/minister-of-state"),
            MemberPlan("Arvind Menon", "Joint Secretary"),
        ),
    ),
    ReplyPlan(
        "NGA",
        A,
        (SourcePlan(IN.LETTER, _d(4, 6), "FMCDE/HMO/2022/027"),),
        L.MINISTER,
        C.ORIGINAL,
        FM,
        _d(4, 4),
        (
            MemberPlan("NGA/minister"),
            MemberPlan("NGA/ambassador"),
            MemberPlan("Ibrahim Musa", "Director, Digital Economy"),
        ),
    ),
    ReplyPlan(
        "RWA",
        A,
        (SourcePlan(IN.EMAIL, _d(4, 2)),),
        L.MINISTER,
        C.NONE,
        delegation=(
            MemberPlan("RWA/minister", mode=REMOTE),
            MemberPlan("RWA/director-general", mode=REMOTE),
        ),
        notes="Remote participation; no speaking slot requested.",
    ),
    ReplyPlan(
        "KEN",
        A,
        (SourcePlan(IN.ONLINE_FORM, _d(4, 9), "WSIS-HL-2022-0044"),),
        L.MINISTER,
        C.COPY,
        "Cabinet Secretary for Foreign Affairs",
        _d(4, 7),
        (MemberPlan("KEN/cabinet-secretary"), MemberPlan("KEN/ambassador")),
        notes="The Cabinet Secretary will speak at a ministerial round table rather than in "
        "a High-Level Policy Session.",
    ),
    ReplyPlan(
        "DEU",
        D,
        (SourcePlan(IN.LETTER, _d(4, 7), "DG12-2022-0219"),),
        notes="The Parliamentary State Secretary attends the EU telecommunications Council on "
        "3 June; the Permanent Mission will follow the Forum.",
    ),
    ReplyPlan(
        "JPN",
        D,
        (SourcePlan(IN.EMAIL, _d(4, 12)),),
        notes="The Vice-Minister is unavailable; the Permanent Mission will attend the action "
        "line meetings.",
    ),
    ReplyPlan(
        "ARG",
        D,
        (SourcePlan(IN.NOTE_VERBALE, _d(4, 14), "NV 205/2022"),),
        notes="No ministerial participation this year.",
    ),
    ReplyPlan("PRT", D, (SourcePlan(IN.EMAIL, _d(4, 5)),), notes="Scheduling conflict."),
    ReplyPlan(
        "GRC",
        D,
        (SourcePlan(IN.EMAIL, _d(4, 18)),),
        notes="Received after the 15 April deadline.",
    ),
    ReplyPlan("NLD", D, (SourcePlan(IN.LETTER, _d(4, 11)),)),
    ReplyPlan(
        "JOR",
        T,
        (SourcePlan(IN.EMAIL, _d(4, 13)),),
        L.MINISTER,
        notes="Depends on the Minister's schedule; confirmation promised by 10 May.",
    ),
    ReplyPlan(
        "KOR",
        T,
        (SourcePlan(IN.EMAIL, _d(4, 15)),),
        L.VICE_MINISTER,
        notes="In person or remote, to be confirmed.",
    ),
    ReplyPlan(
        "IDN",
        T,
        (SourcePlan(IN.NOTE_VERBALE, _d(4, 14), "NV 0316/POL-II/IV/2022"),),
        L.AMBASSADOR,
        notes="Minister's participation under consideration; the Ambassador attends in any case.",
    ),
    ReplyPlan(
        "POL",
        T,
        (SourcePlan(IN.PHONE, _d(4, 20), None, "Call from the Secretary of State's office."),),
        L.VICE_MINISTER,
        notes="Received after the 15 April deadline; written reply promised.",
    ),
    ReplyPlan(
        "THA",
        T,
        (SourcePlan(IN.EMAIL, _d(4, 11)),),
        L.SENIOR_OFFICIAL,
        notes="Awaiting approval of the travel.",
    ),
)


@dataclass(frozen=True)
class SpeakingPlan:
    speaker: str
    mode: AttendanceMode
    received: tuple[int, int, int, int]
    channel: IncomingChannel
    preferences: tuple[int, ...]
    status: SpeakingRequestStatus
    notes: str | None = None
    #: (High-Level Policy Session number, reason) for a placement made by hand.
    override: tuple[int, str] | None = None

    @property
    def iso3(self) -> str:
        return self.speaker.split("/", 1)[0]


IN_PERSON = AttendanceMode.IN_PERSON
SR = SpeakingRequestStatus

SPEAKING_REQUESTS: tuple[SpeakingPlan, ...] = (
    SpeakingPlan("EGY/minister", IN_PERSON, (3, 25, 10, 12), IN.ONLINE_FORM, (1, 4), SR.CONFIRMED),
    SpeakingPlan("SAU/minister", IN_PERSON, (3, 28, 15, 40), IN.NOTE_VERBALE, (1, 2), SR.CONFIRMED),
    SpeakingPlan("ARE/ambassador", IN_PERSON, (3, 30, 9, 5), IN.EMAIL, (9,), SR.SCHEDULED),
    SpeakingPlan("MAR/minister", IN_PERSON, (4, 1, 11, 27), IN.LETTER, (4, 5), SR.SCHEDULED),
    SpeakingPlan("OMN/minister", IN_PERSON, (3, 31, 13, 48), IN.NOTE_VERBALE, (5, 8), SR.CONFIRMED),
    SpeakingPlan(
        "CHN/vice-minister", IN_PERSON, (4, 2, 8, 31), IN.ONLINE_FORM, (3, 1), SR.CONFIRMED
    ),
    SpeakingPlan(
        "RUS/deputy-minister", REMOTE, (4, 6, 14, 15), IN.NOTE_VERBALE, (3, 10), SR.SCHEDULED
    ),
    SpeakingPlan("KAZ/minister", IN_PERSON, (4, 5, 10, 3), IN.LETTER, (4,), SR.CONFIRMED),
    SpeakingPlan(
        "UZB/deputy-prime-minister", IN_PERSON, (4, 7, 9, 44), IN.LETTER, (1,), SR.CONFIRMED
    ),
    SpeakingPlan("FRA/minister", IN_PERSON, (3, 25, 17, 20), IN.EMAIL, (7, 10), SR.SCHEDULED),
    SpeakingPlan(
        "ESP/secretary-of-state", REMOTE, (4, 11, 12, 36), IN.ONLINE_FORM, (6,), SR.SCHEDULED
    ),
    SpeakingPlan(
        "MEX/undersecretary",
        REMOTE,
        (4, 18, 18, 5),
        IN.EMAIL,
        (6, 7),
        SR.WAITLISTED,
        "Received after the 15 April deadline for speaking requests.",
    ),
    SpeakingPlan(
        "CIV/minister",
        IN_PERSON,
        (4, 12, 10, 58),
        IN.LETTER,
        (2, 11),
        SR.CONFIRMED,
        override=(
            11,
            "Moved to 2 June at the delegation's request: the Minister arrives in Geneva on "
            "1 June (e-mail of 20 April).",
        ),
    ),
    SpeakingPlan(
        "TUR/deputy-minister",
        IN_PERSON,
        (4, 13, 11, 10),
        IN.NOTE_VERBALE,
        (8,),
        SR.WITHDRAWN,
        "Withdrawn by note verbale of 20 April: the Deputy Minister cannot travel.",
    ),
    SpeakingPlan("BRA/minister", IN_PERSON, (4, 15, 23, 41), IN.ONLINE_FORM, (9, 11), SR.SCHEDULED),
    SpeakingPlan(
        "SEN/ambassador",
        IN_PERSON,
        (4, 19, 15, 20),
        IN.LETTER,
        (11,),
        SR.WAITLISTED,
        "Received after the 15 April deadline for speaking requests.",
    ),
    SpeakingPlan(
        "COL/minister",
        REMOTE,
        (4, 20, 19, 12),
        IN.EMAIL,
        (8,),
        SR.REQUESTED,
        "Received after the deadline; to be considered with the waitlist.",
    ),
    SpeakingPlan("NGA/minister", IN_PERSON, (4, 6, 12, 0), IN.LETTER, (2, 5), SR.CONFIRMED),
    SpeakingPlan(
        "CHE/ambassador",
        IN_PERSON,
        (3, 29, 16, 30),
        IN.MEETING,
        (1,),
        SR.DECLINED,
        "The host country's statement is delivered in the Opening Segment instead.",
    ),
    SpeakingPlan("IND/minister-of-state", IN_PERSON, (4, 8, 7, 55), IN.EMAIL, (10,), SR.SCHEDULED),
)


@dataclass(frozen=True)
class InquiryPlan:
    key: str
    organization: str | None
    organization_name: str | None
    contact: str | None
    package: str | None
    source: InquirySource
    received_on: date
    stage: PartnershipStage
    stage_changed_on: date
    amount: int | None
    currency: str | None
    next_follow_up_on: date | None
    notes: str | None = None


PS = PartnershipStage
INQUIRIES: tuple[InquiryPlan, ...] = (
    InquiryPlan(
        "helvetia-platinum",
        "CHE/helvetia-digital",
        None,
        "CHE/helvetia-digital/public-affairs",
        "STRATEGIC_PLATINUM",
        InquirySource.MEETING,
        _d(2, 24),
        PS.NEGOTIATION,
        _d(4, 12),
        200_000,
        "CHF",
        _d(4, 28),
        "Asks for the Opening Segment slot to be shared with a customer ministry.",
    ),
    InquiryPlan(
        "nimbus-gold",
        "USA/nimbus",
        None,
        "USA/nimbus/policy",
        "STRATEGIC_GOLD",
        InquirySource.EMAIL,
        _d(3, 3),
        PS.COMMITTED,
        _d(4, 14),
        110_000,
        "USD",
        _d(5, 2),
        "Commitment by e-mail; agreement to be sent for signature.",
    ),
    InquiryPlan(
        "huaxin-partner",
        "CHN/huaxin",
        None,
        "CHN/huaxin/international",
        "PARTNER",
        InquirySource.WEB_FORM,
        _d(3, 9),
        PS.AGREEMENT_SIGNED,
        _d(4, 19),
        50_000,
        "CHF",
        _d(5, 6),
        "Invoice to be issued.",
    ),
    InquiryPlan(
        "alpine-university-prizes",
        "CHE/alpine-university",
        None,
        "CHE/alpine-university/rector",
        "SPECIFIC_ACTIVITIES",
        InquirySource.EMAIL,
        _d(3, 1),
        PS.PAID,
        _d(4, 8),
        10_000,
        "CHF",
        None,
        "Supports the hackathon.",
    ),
    InquiryPlan(
        "digital-inclusion-alliance",
        "KEN/digital-inclusion-alliance",
        None,
        "KEN/digital-inclusion-alliance/director",
        "CONTRIBUTING_PARTNER",
        InquirySource.WEB_FORM,
        _d(4, 14),
        PS.INQUIRY,
        _d(4, 14),
        None,
        None,
        _d(4, 25),
        "Asks whether in-kind contributions count.",
    ),
    InquiryPlan(
        "rwanda-ministry",
        "RWA/ministry",
        None,
        "RWA/director-general",
        "SPECIFIC_ACTIVITIES",
        InquirySource.EMAIL,
        _d(3, 30),
        PS.INFORMATION_SENT,
        _d(4, 4),
        15_000,
        "USD",
        _d(4, 27),
        "Interested in the knowledge café on digital inclusion.",
    ),
    InquiryPlan(
        "kestrel-contributing",
        "DEU/kestrel",
        None,
        "DEU/kestrel/government-relations",
        "CONTRIBUTING_PARTNER",
        InquirySource.PHONE,
        _d(3, 15),
        PS.DECLINED,
        _d(4, 6),
        30_000,
        "EUR",
        None,
        "Budget frozen for 2022; to be approached again for 2023.",
    ),
    InquiryPlan(
        "orbital-reach-partner",
        "GBR/orbital-reach",
        None,
        "GBR/orbital-reach/partnerships",
        "PARTNER",
        InquirySource.MEETING,
        _d(3, 17),
        PS.WITHDRAWN,
        _d(4, 13),
        50_000,
        "USD",
        None,
        "Withdrew after a change of management.",
    ),
    InquiryPlan(
        "fondation-horizon-numerique",
        None,
        "Fondation Horizon Numérique",
        None,
        None,
        InquirySource.PHONE,
        _d(4, 19),
        PS.INQUIRY,
        _d(4, 19),
        5_000,
        "EUR",
        _d(4, 26),
        "Foundation not yet in the directory; call back Mme Laurence Girard.",
    ),
)

SENT_BY_EMAIL_ON = _d(3, 21)
SENT_OTHERWISE_ON = _d(3, 22)
RESENT_ON = _d(4, 11)
FIRST_REMINDER_ON = _d(4, 8)
SECOND_REMINDER_ON = _d(4, 19)


class _DemoBuilder:
    """Adds the demo records to one session; `build()` runs the steps in dependency order."""

    def __init__(self, session: OrmSession) -> None:
        self.session = session
        self.states: dict[str, MemberState] = {
            state.iso_alpha3: state for state in session.scalars(select(MemberState))
        }
        self.organizations: dict[str, Organization] = {}
        self.organization_plans = {plan.key: plan for plan in ORGANIZATIONS}
        self.contacts: dict[str, Contact] = {}
        self.people: dict[str, DemoPerson] = {person.key: person for person in PEOPLE}
        self.sessions: dict[int, Session] = {}
        self.invitations: dict[str, Invitation] = {}
        self.replies: dict[str, Reply] = {}
        self.packages: dict[str, PartnershipPackage] = {}

    def build(self) -> None:
        self.add_event()
        self.add_circular()
        self.add_packages()
        self.add_directory()
        self.add_invitations()
        self.add_replies()
        self.add_speaking_requests()
        self.add_inquiries()

    def state(self, iso3: str) -> MemberState:
        try:
            return self.states[iso3]
        except KeyError:
            raise RuntimeError(f"the reference data has no Member State {iso3}") from None

    def add(self, record: _T) -> _T:
        self.session.add(record)
        return record

    # -- event ------------------------------------------------------------------------------

    def add_event(self) -> None:
        recorded = _geneva(3, 10, 9, 0)
        self.event = self.add(
            _stamp(
                Event(
                    id=demo_id("event", EVENT_REFERENCE),
                    reference=EVENT_REFERENCE,
                    titles=EVENT_TITLES,
                    themes=EVENT_THEMES,
                    venue="ITU Headquarters",
                    city="Geneva",
                    country_code="CH",
                    website="https://www.itu.int/net4/wsis/forum/2022/",
                    starts_on=_d(3, 15),
                    ends_on=_d(6, 3),
                    reply_deadline=_d(4, 15),
                    speaking_request_deadline=_d(4, 15),
                    co_organizers=["ITU", "UNESCO", "UNCTAD", "UNDP"],
                    contact_person_name="Gitanjali Sah",
                    contact_person_title=FormOfAddress.MS.value,
                    contact_email="wsis-info@itu.int",
                    contact_phone="+41227305350",
                    signatory_name=SIGNATORY_NAMES,
                    signatory_title=SIGNATORY_TITLES,
                    # No signature image: the demo never fakes a real person's signature.
                    signature_image=None,
                    signature_mime=None,
                    default_minutes_per_speaker=3,
                    one_speaker_per_delegation=True,
                    in_person_before_remote=True,
                    notes="Demo database. The event, its dates and the circular follow ITU "
                    "circular CL-22/009 of 21 March 2022; every person, reply, e-mail address "
                    "and phone number in the directory is fictional. No signature image is "
                    "stored: add one under the event's signatory before printing letters.\n"
                    "Speaking slots are requested through the online form "
                    "https://www.itu.int/net4/wsis/forum/2022/ar/HighLevel; partnership "
                    "opportunities: https://www.itu.int/go/wsisfund.",
                ),
                recorded,
            )
        )
        for key, names, mode, starts_on, ends_on in (
            ("virtual", VIRTUAL_PHASE, PhaseMode.VIRTUAL, _d(3, 15), _d(5, 29)),
            ("final-week", FINAL_WEEK, PhaseMode.HYBRID, _d(5, 30), _d(6, 3)),
        ):
            self.add(
                _stamp(
                    EventPhase(
                        id=demo_id("phase", key),
                        event=self.event,
                        names=names,
                        mode=mode,
                        starts_on=starts_on,
                        ends_on=ends_on,
                    ),
                    recorded,
                )
            )
        self.add(
            _stamp(
                Session(
                    id=demo_id("session", "opening"),
                    event=self.event,
                    titles=OPENING_SEGMENT,
                    code="OPENING",
                    date=HLPS_DAYS[0],
                    start_time=SLOTS[0][0],
                    end_time=SLOTS[0][1],
                    room="Popov Room",
                    minutes_per_speaker=3,
                    mode=SessionMode.HYBRID,
                    accepts_speakers=False,
                ),
                recorded,
            )
        )
        slots = [(day, slot) for day in HLPS_DAYS for slot in SLOTS][1:]
        for number, (topic, (day, (start, end))) in enumerate(
            zip(HLPS_TOPICS, slots, strict=True), start=1
        ):
            titles = {
                language: HLPS_PREFIX[language].format(n=number, topic=topic[language])
                for language in HLPS_PREFIX
            }
            self.sessions[number] = self.add(
                _stamp(
                    Session(
                        id=demo_id("session", f"hlps-{number}"),
                        event=self.event,
                        titles=titles,
                        code=f"HLPS-{number}",
                        date=day,
                        start_time=start,
                        end_time=end,
                        room="Popov Room",
                        minutes_per_speaker=3,
                        mode=SessionMode.HYBRID,
                        accepts_speakers=True,
                    ),
                    recorded,
                )
            )

    def add_circular(self) -> None:
        self.circular = self.add(
            _stamp(
                Circular(
                    id=demo_id("circular", CIRCULAR_REFERENCE),
                    reference=CIRCULAR_REFERENCE,
                    year=2022,
                    number=9,
                    issued_on=_d(3, 21),
                    subjects=CIRCULAR_SUBJECTS,
                    reply_deadline=_d(4, 15),
                    event=self.event,
                    addressee_scope=AddresseeScope.ALL_MEMBER_STATES,
                    addressees=CIRCULAR_ADDRESSEES,
                    languages=[language.value for language in UN_LANGUAGES],
                    department="SG",
                    notes="Demo: invitations are recorded for 60 of the 193 Member States.",
                ),
                _geneva(3, 21, 8, 30),
            )
        )

    def add_packages(self) -> None:
        for plan in PACKAGES:
            self.packages[plan.code] = self.add(
                _stamp(
                    PartnershipPackage(
                        id=demo_id("package", plan.code),
                        event=self.event,
                        code=plan.code,
                        names=plan.names,
                        tier=plan.tier,
                        amount=Decimal(plan.amount),
                        currency="CHF",
                        benefits=plan.benefits,
                        quantity_available=plan.quantity,
                    ),
                    _geneva(2, 15, 10, 0),
                )
            )

    # -- directory --------------------------------------------------------------------------

    def add_directory(self) -> None:
        recorded = _geneva(3, 14, 10, 0)
        for plan in ORGANIZATIONS:
            self.organizations[plan.key] = self.add(_stamp(self._organization(plan), recorded))
        for person in PEOPLE:
            self.contacts[person.key] = self.add(_stamp(self._contact(person), recorded))

    def _address(self, plan: DemoOrganization) -> str | None:
        if plan.address is None:
            return None
        # Missions sit in Geneva whichever State they represent.
        seat = "CHE" if plan.type is OrganizationType.PERMANENT_MISSION else plan.iso3
        return f"{plan.address}\n{self.state(seat).short_name_en}"

    def _organization(self, plan: DemoOrganization) -> Organization:
        return Organization(
            id=demo_id("organization", plan.key),
            name=plan.name,
            name_latin=plan.name_latin,
            acronym=plan.acronym,
            type=plan.type,
            member_state=self.state(plan.iso3),
            email=plan.email,
            phone=plan.phone,
            postal_address=self._address(plan),
        )

    def _contact(self, person: DemoPerson) -> Contact:
        organization = self.organizations[person.organization]
        state = self.state(person.iso3) if person.government else None
        organization_plan = self.organization_plans[person.organization]
        return Contact(
            id=demo_id("contact", person.key),
            form_of_address=person.form,
            gender=person.gender,
            full_name=person.full_name,
            full_name_latin=person.full_name_latin,
            given_name=person.given_name,
            family_name=person.family_name,
            position=person.position,
            level=person.level,
            organization=organization,
            member_state=state,
            email=person.email,
            phone=person.phone,
            phone_mobile=person.mobile,
            postal_address=self._address(organization_plan),
            preferred_language=person.language,
            search_text=contact_search_text(
                full_name=person.full_name,
                full_name_latin=person.full_name_latin,
                given_name=person.given_name,
                family_name=person.family_name,
                position=person.position,
                organization=organization.name,
                organization_latin=organization.name_latin,
                organization_acronym=organization.acronym,
                member_state_names=(
                    [state.short_name(language.value) for language in UN_LANGUAGES] if state else ()
                ),
                emails=[person.email],
                phones=[person.phone, person.mobile],
            ),
        )

    # -- invitations and replies ------------------------------------------------------------

    def add_invitations(self) -> None:
        acknowledged_on = dict(ACKNOWLEDGEMENTS)
        replied_on = {plan.iso3: min(s.received_on for s in plan.sources) for plan in REPLIES}
        for iso3, status, channel in INVITATIONS:
            state = self.state(iso3)
            sent_on: date | None = (
                SENT_BY_EMAIL_ON if channel is OutgoingChannel.EMAIL else SENT_OTHERWISE_ON
            )
            notes: str | None = None
            reminders, last_reminder = 0, None
            if status is S.DRAFT:
                sent_on = None
                changed = _geneva(4, 20, 16, 0)
                notes = "Added to the mailing list after 21 March; to be sent with a reminder."
            elif status is S.SENT:
                sent_on = RESENT_ON
                changed = _geneva(4, 11, 9, 15)
                notes = (
                    "The e-mail of 21 March bounced; sent again on 11 April to the address "
                    "given by the Permanent Mission."
                )
            elif status is S.ACKNOWLEDGED:
                day, notes = acknowledged_on[iso3]
                changed = _geneva(day.month, day.day, 11, 0)
            elif status is S.NO_REPLY:
                reminders, last_reminder = 1, FIRST_REMINDER_ON
                if iso3 in {"LBN", "CUB", "ETH", "IRN"}:
                    reminders, last_reminder = 2, SECOND_REMINDER_ON
                changed = _geneva(4, 16, 9, 0)
            else:
                day = replied_on[iso3]
                changed = _geneva(day.month, day.day, 14, 0)
            created = _geneva(3, 18, 17, 0) if status is not S.DRAFT else _geneva(4, 20, 16, 0)
            invitation = Invitation(
                id=demo_id("invitation", f"{CIRCULAR_REFERENCE}/{iso3}"),
                event=self.event,
                circular=self.circular,
                member_state=state,
                series_key=Invitation.make_series_key(self.circular.id, self.event.id),
                addressee_key=Invitation.make_addressee_key(state.id, None),
                channel=channel,
                sent_on=sent_on,
                status=status,
                status_changed_at=changed,
                reminders_sent=reminders,
                last_reminder_on=last_reminder,
                notes=notes,
            )
            self.invitations[iso3] = self.add(_stamp(invitation, created, changed))

    def add_replies(self) -> None:
        for plan in REPLIES:
            invitation = self.invitations[plan.iso3]
            assert invitation.status.value == plan.decision.value, plan.iso3
            first, last = plan.sources[0], plan.sources[-1]
            reply = Reply(
                id=demo_id("reply", f"{CIRCULAR_REFERENCE}/{plan.iso3}"),
                invitation=invitation,
                received_on=first.received_on,
                channel=first.channel,
                decision=plan.decision,
                level=plan.level,
                credentials=plan.credentials,
                credentials_signed_by=plan.credentials_signed_by,
                credentials_date=plan.credentials_date,
                notes=plan.notes,
            )
            self.replies[plan.iso3] = self.add(
                _stamp(
                    reply,
                    _geneva(first.received_on.month, first.received_on.day, 14, 0),
                    _geneva(last.received_on.month, last.received_on.day, 14, 0),
                )
            )
            for index, source in enumerate(plan.sources):
                received = _geneva(source.received_on.month, source.received_on.day, 14, 0)
                self.add(
                    _stamp(
                        ReplySource(
                            id=demo_id("reply-source", f"{CIRCULAR_REFERENCE}/{plan.iso3}/{index}"),
                            reply=reply,
                            channel=source.channel,
                            received_on=source.received_on,
                            reference=source.reference,
                            notes=source.notes,
                        ),
                        received,
                    )
                )
            for position, member in enumerate(plan.delegation):
                contact = self.contacts.get(member.who)
                person = self.people.get(member.who)
                self.add(
                    _stamp(
                        DelegationMember(
                            id=demo_id(
                                "delegation-member", f"{CIRCULAR_REFERENCE}/{plan.iso3}/{position}"
                            ),
                            reply=reply,
                            contact=contact,
                            name=person.full_name_latin if person else member.who,
                            function=member.function or (person.position if person else None),
                            is_head=position == 0,
                            mode=member.mode,
                            position=position,
                        ),
                        _geneva(last.received_on.month, last.received_on.day, 14, 30),
                    )
                )

    # -- speaking requests ------------------------------------------------------------------

    def add_speaking_requests(self) -> None:
        placed: dict[int, list[tuple[SpeakingPlan, SpeakingRequest]]] = defaultdict(list)
        waitlist: list[SpeakingRequest] = []
        for plan in SPEAKING_REQUESTS:
            person = self.people[plan.speaker]
            received_at = _geneva(*plan.received)
            request = SpeakingRequest(
                id=demo_id("speaking-request", plan.speaker),
                event=self.event,
                member_state=self.state(plan.iso3),
                reply=self.replies[plan.iso3],
                speaker=self.contacts[plan.speaker],
                speaker_name=person.full_name_latin,
                speaker_title=person.position,
                level=person.level,
                mode=plan.mode,
                received_at=received_at,
                channel=plan.channel,
                status=plan.status,
                manual_override=plan.override is not None,
                override_reason=plan.override[1] if plan.override else None,
                notes=plan.notes,
            )
            for rank, number in enumerate(plan.preferences):
                request.preferences.append(
                    SessionPreference(
                        id=demo_id("session-preference", f"{plan.speaker}/{number}"),
                        session=self.sessions[number],
                        rank=rank,
                    )
                )
            if plan.status in (SR.SCHEDULED, SR.CONFIRMED):
                number = plan.override[0] if plan.override else plan.preferences[0]
                request.session = self.sessions[number]
                placed[number].append((plan, request))
            elif plan.status is SR.WAITLISTED:
                waitlist.append(request)
            self.add(_stamp(request, received_at, _geneva(4, 21, 17, 0)))
        # Protocol order within a session: level, then in person before remote, then first come.
        for entries in placed.values():
            entries.sort(
                key=lambda entry: (
                    entry[1].level.protocol_rank,
                    entry[1].mode is AttendanceMode.REMOTE,
                    entry[1].received_at,
                )
            )
            for position, (_plan, request) in enumerate(entries):
                request.slot_position = position
        for position, request in enumerate(sorted(waitlist, key=lambda r: r.received_at)):
            request.waitlist_position = position

    # -- partnerships -----------------------------------------------------------------------

    def add_inquiries(self) -> None:
        for plan in INQUIRIES:
            self.add(
                _stamp(
                    PartnershipInquiry(
                        id=demo_id("partnership-inquiry", plan.key),
                        event=self.event,
                        organization=(
                            self.organizations[plan.organization] if plan.organization else None
                        ),
                        organization_name=plan.organization_name,
                        contact=self.contacts[plan.contact] if plan.contact else None,
                        package=self.packages[plan.package] if plan.package else None,
                        source=plan.source,
                        received_on=plan.received_on,
                        stage=plan.stage,
                        stage_changed_on=plan.stage_changed_on,
                        amount=Decimal(plan.amount) if plan.amount is not None else None,
                        currency=plan.currency,
                        next_follow_up_on=plan.next_follow_up_on,
                        notes=plan.notes,
                    ),
                    _geneva(plan.received_on.month, plan.received_on.day, 9, 30),
                    _geneva(plan.stage_changed_on.month, plan.stage_changed_on.day, 16, 0),
                )
            )
