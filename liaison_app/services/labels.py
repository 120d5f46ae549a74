"""Words for exports and letters in the six UN languages: enumerated values and column headers.

    label(InvitationStatus.NO_REPLY, "fr")  -> "Sans réponse"
    header("member_state", "ar")            -> "الدولة العضو"

Plain data, no Qt: the export engine, the letters and the command line read it headless. The
window's own strings go through Qt's catalogs; these are the words that leave the application in
files. An unknown language falls back to English; a missing word is a bug (tests check that every
enum member and header has all six).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from liaison_app.domain.enums import (
    AttendanceMode,
    Credentials,
    FormOfAddress,
    Gender,
    IncomingChannel,
    InquirySource,
    InvitationStatus,
    LevelOfRepresentation,
    OrganizationType,
    OutgoingChannel,
    PartnershipStage,
    Region,
    ReplyDecision,
    SessionMode,
    SpeakingRequestStatus,
)
from liaison_app.services.partnership_labels import SOURCE_LABELS, STAGE_LABELS

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def _w(en: str, fr: str, es: str, ru: str, zh: str, ar: str) -> dict[str, str]:
    return {"en": en, "fr": fr, "es": es, "ru": ru, "zh": zh, "ar": ar}


# fmt: off - tables of words: a value's six languages stay together, in the order of _w().
# {enum class: {value: {language: label}}}. Keyed by class because values repeat across enums
# ("email" is both an outgoing and an incoming channel; "declined" is a status and a decision).
ENUM_LABELS: dict[type[StrEnum], dict[str, dict[str, str]]] = {
    LevelOfRepresentation: {
        "head_of_state": _w(
            "Head of State",
            "Chef d'État",
            "Jefe de Estado",
            "Глава государства",
            "国家元首",
            "رئيس دولة",
        ),
        "vice_president_or_crown_prince": _w(
            "Vice-President or Crown Prince",
            "Vice-président ou prince héritier",
            "Vicepresidente o príncipe heredero",
            "Вице-президент или наследный принц",
            "副总统或王储",
            "نائب رئيس أو ولي عهد",
        ),
        "head_of_government": _w(
            "Head of Government",
            "Chef de gouvernement",
            "Jefe de Gobierno",
            "Глава правительства",
            "政府首脑",
            "رئيس حكومة",
        ),
        "deputy_prime_minister": _w(
            "Deputy Prime Minister",
            "Vice-Premier ministre",
            "Vice primer ministro",
            "Заместитель премьер-министра",
            "副总理",
            "نائب رئيس وزراء",
        ),
        "minister": _w("Minister", "Ministre", "Ministro", "Министр", "部长", "وزير"),
        "vice_minister": _w(
            "Vice-Minister or Deputy Minister",
            "Vice-ministre ou ministre délégué",
            "Viceministro",
            "Заместитель министра",
            "副部长",
            "نائب وزير أو وكيل وزارة",
        ),
        "ambassador": _w(
            "Ambassador or Head of Permanent Mission",
            "Ambassadeur ou chef de mission permanente",
            "Embajador o jefe de misión permanente",
            "Посол или глава постоянного представительства",
            "大使或常驻代表团团长",
            "سفير أو رئيس بعثة دائمة",
        ),
        "senior_official": _w(
            "Senior official",
            "Haut fonctionnaire",
            "Alto funcionario",
            "Старшее должностное лицо",
            "高级官员",
            "مسؤول رفيع المستوى",
        ),
        "other": _w("Other", "Autre", "Otro", "Другое", "其他", "غير ذلك"),
    },
    InvitationStatus: {
        "draft": _w("Draft", "Brouillon", "Borrador", "Черновик", "草稿", "مسودة"),
        "sent": _w("Sent", "Envoyée", "Enviada", "Отправлено", "已发送", "مُرسلة"),
        "acknowledged": _w(
            "Acknowledged",
            "Réception confirmée",
            "Recepción confirmada",
            "Получение подтверждено",
            "已确认收到",
            "أُكّد الاستلام",
        ),
        "accepted": _w("Accepted", "Acceptée", "Aceptada", "Принято", "已接受", "مقبولة"),
        "declined": _w("Declined", "Déclinée", "Declinada", "Отклонено", "已谢绝", "اعتذار"),
        "tentative": _w(
            "Tentative", "Provisoire", "Provisional", "Предварительно", "暂定", "مبدئية"
        ),
        "no_reply": _w(
            "No reply", "Sans réponse", "Sin respuesta", "Нет ответа", "未答复", "لم يصل رد"
        ),
    },
    OutgoingChannel: {
        "email": _w(
            "E-mail",
            "Courrier électronique",
            "Correo electrónico",
            "Электронная почта",
            "电子邮件",
            "البريد الإلكتروني",
        ),
        "post": _w("Post", "Courrier postal", "Correo postal", "Почта", "邮寄", "البريد"),
        "diplomatic_pouch": _w(
            "Diplomatic pouch",
            "Valise diplomatique",
            "Valija diplomática",
            "Дипломатическая почта",
            "外交邮袋",
            "الحقيبة الدبلوماسية",
        ),
        "hand_delivery": _w(
            "Hand delivery",
            "Remise en main propre",
            "Entrega en mano",
            "Вручение лично",
            "专人递送",
            "التسليم باليد",
        ),
    },
    IncomingChannel: {
        "letter": _w("Letter", "Lettre", "Carta", "Письмо", "信函", "رسالة"),
        "note_verbale": _w(
            "Note verbale",
            "Note verbale",
            "Nota verbal",
            "Вербальная нота",
            "普通照会",
            "مذكرة شفوية",
        ),
        "email": _w(
            "E-mail",
            "Courrier électronique",
            "Correo electrónico",
            "Электронная почта",
            "电子邮件",
            "البريد الإلكتروني",
        ),
        "online_form": _w(
            "Online form",
            "Formulaire en ligne",
            "Formulario en línea",
            "Онлайн-форма",
            "在线表格",
            "الاستمارة الإلكترونية",
        ),
        "phone": _w("Telephone", "Téléphone", "Teléfono", "Телефон", "电话", "الهاتف"),
        "meeting": _w("Meeting", "Réunion", "Reunión", "Встреча", "会晤", "اجتماع"),
    },
    ReplyDecision: {
        "accepted": _w("Accepts", "Accepte", "Acepta", "Принимает", "接受", "قبول"),
        "declined": _w("Declines", "Décline", "Declina", "Отклоняет", "谢绝", "اعتذار"),
        "tentative": _w(
            "Tentative",
            "Réponse provisoire",
            "Respuesta provisional",
            "Предварительный ответ",
            "暂定",
            "رد مبدئي",
        ),
    },
    Credentials: {
        "none": _w("None", "Aucun", "Ninguna", "Нет", "无", "لا يوجد"),
        "copy": _w("Copy", "Copie", "Copia", "Копия", "副本", "نسخة"),
        "original": _w("Original", "Original", "Original", "Оригинал", "原件", "أصل"),
    },
    AttendanceMode: {
        "in_person": _w("In person", "En présentiel", "Presencial", "Очно", "现场", "حضورياً"),
        "remote": _w("Remote", "À distance", "A distancia", "Дистанционно", "远程", "عن بُعد"),
    },
    SessionMode: {
        "hybrid": _w("Hybrid", "Hybride", "Híbrida", "Гибридный формат", "混合", "هجين"),
        "in_person_only": _w(
            "In person only",
            "Présentiel uniquement",
            "Solo presencial",
            "Только очно",
            "仅限现场",
            "حضوري فقط",
        ),
        "remote_only": _w(
            "Remote only",
            "À distance uniquement",
            "Solo a distancia",
            "Только дистанционно",
            "仅限远程",
            "عن بُعد فقط",
        ),
    },
    SpeakingRequestStatus: {
        "requested": _w("Requested", "Demandée", "Solicitada", "Запрошено", "已申请", "مطلوبة"),
        "scheduled": _w(
            "Scheduled", "Programmée", "Programada", "Запланировано", "已排定", "مُجدولة"
        ),
        "confirmed": _w("Confirmed", "Confirmée", "Confirmada", "Подтверждено", "已确认", "مؤكدة"),
        "waitlisted": _w(
            "Waitlisted",
            "En liste d'attente",
            "En lista de espera",
            "В листе ожидания",
            "候补",
            "في قائمة الانتظار",
        ),
        "withdrawn": _w("Withdrawn", "Retirée", "Retirada", "Отозвано", "已撤回", "مسحوبة"),
        "declined": _w("Declined", "Refusée", "Rechazada", "Отклонено", "已拒绝", "مرفوضة"),
    },
    OrganizationType: {
        "ministry": _w("Ministry", "Ministère", "Ministerio", "Министерство", "部委", "وزارة"),
        "permanent_mission": _w(
            "Permanent mission",
            "Mission permanente",
            "Misión permanente",
            "Постоянное представительство",
            "常驻代表团",
            "بعثة دائمة",
        ),
        "regulator": _w(
            "Regulator",
            "Autorité de régulation",
            "Regulador",
            "Регулятор",
            "监管机构",
            "هيئة تنظيمية",
        ),
        "company": _w("Company", "Entreprise", "Empresa", "Компания", "企业", "شركة"),
        "academia": _w(
            "Academia",
            "Milieu universitaire",
            "Academia",
            "Академическое сообщество",
            "学术界",
            "الأوساط الأكاديمية",
        ),
        "civil_society": _w(
            "Civil society",
            "Société civile",
            "Sociedad civil",
            "Гражданское общество",
            "民间社会",
            "المجتمع المدني",
        ),
        "international_organization": _w(
            "International organization",
            "Organisation internationale",
            "Organización internacional",
            "Международная организация",
            "国际组织",
            "منظمة دولية",
        ),
        "other": _w("Other", "Autre", "Otro", "Другое", "其他", "غير ذلك"),
    },
    Gender: {
        "male": _w("Male", "Masculin", "Masculino", "Мужской", "男", "ذكر"),
        "female": _w("Female", "Féminin", "Femenino", "Женский", "女", "أنثى"),
        "unspecified": _w(
            "Unspecified", "Non précisé", "Sin especificar", "Не указан", "未说明", "غير محدد"
        ),
    },
    Region: {
        "africa": _w("Africa", "Afrique", "África", "Африка", "非洲", "أفريقيا"),
        "americas": _w("Americas", "Amériques", "Américas", "Америка", "美洲", "الأمريكتان"),
        "asia": _w("Asia", "Asie", "Asia", "Азия", "亚洲", "آسيا"),
        "europe": _w("Europe", "Europe", "Europa", "Европа", "欧洲", "أوروبا"),
        "oceania": _w("Oceania", "Océanie", "Oceanía", "Океания", "大洋洲", "أوقيانوسيا"),
    },
    FormOfAddress: {
        "mr": _w("Mr", "M.", "Sr.", "Г-н", "先生", "السيد"),
        "ms": _w("Ms", "Mme", "Sra.", "Г-жа", "女士", "السيدة"),
        "mrs": _w("Mrs", "Mme", "Sra.", "Г-жа", "夫人", "السيدة"),
        "dr": _w("Dr", "Dr", "Dr.", "Д-р", "博士", "الدكتور"),
        "prof": _w("Prof.", "Pr", "Prof.", "Проф.", "教授", "الأستاذ"),
        # No form of address: an empty cell, not a word.
        "none": _w("", "", "", "", "", ""),
    },
}


# Column headers, sheet names and the words of the event report, by stable key.
HEADERS: dict[str, dict[str, str]] = {
    # -- people and organizations --
    "form_of_address": _w(
        "Form of address", "Titre de civilité", "Tratamiento", "Обращение", "称谓", "صيغة المخاطبة"
    ),
    "gender": _w("Gender", "Genre", "Género", "Пол", "性别", "الجنس"),
    "full_name": _w("Name", "Nom", "Nombre", "Имя", "姓名", "الاسم"),
    "full_name_latin": _w(
        "Name (Latin script)",
        "Nom (alphabet latin)",
        "Nombre (alfabeto latino)",
        "Имя (латиницей)",
        "姓名（拉丁字母）",
        "الاسم (بالأحرف اللاتينية)",
    ),
    "given_name": _w("Given name", "Prénom", "Nombre de pila", "Имя (личное)", "名", "الاسم الأول"),
    "family_name": _w("Family name", "Nom de famille", "Apellido", "Фамилия", "姓", "اسم العائلة"),
    "position": _w("Position", "Fonction", "Cargo", "Должность", "职务", "المنصب"),
    "level": _w(
        "Level of representation",
        "Niveau de représentation",
        "Nivel de representación",
        "Уровень представительства",
        "代表级别",
        "مستوى التمثيل",
    ),
    "organization": _w(
        "Organization", "Organisation", "Organización", "Организация", "组织", "المنظمة"
    ),
    "organization_type": _w(
        "Type of organization",
        "Type d'organisation",
        "Tipo de organización",
        "Тип организации",
        "组织类型",
        "نوع المنظمة",
    ),
    "member_state": _w(
        "Member State",
        "État membre",
        "Estado Miembro",
        "Государство-член",
        "成员国",
        "الدولة العضو",
    ),
    "iso_code": _w("ISO code", "Code ISO", "Código ISO", "Код ISO", "ISO代码", "رمز ISO"),
    "region": _w("Region", "Région", "Región", "Регион", "区域", "المنطقة"),
    "email": _w(
        "E-mail",
        "Courrier électronique",
        "Correo electrónico",
        "Электронная почта",
        "电子邮件",
        "البريد الإلكتروني",
    ),
    "email_alt": _w(
        "Other e-mail",
        "Autre courrier électronique",
        "Otro correo electrónico",
        "Другой адрес эл. почты",
        "其他电子邮件",
        "بريد إلكتروني آخر",
    ),
    "phone": _w("Telephone", "Téléphone", "Teléfono", "Телефон", "电话", "الهاتف"),
    "phone_mobile": _w("Mobile", "Portable", "Móvil", "Мобильный", "手机", "الهاتف المحمول"),
    "postal_address": _w(
        "Postal address",
        "Adresse postale",
        "Dirección postal",
        "Почтовый адрес",
        "邮寄地址",
        "العنوان البريدي",
    ),
    "preferred_language": _w(
        "Preferred language",
        "Langue préférée",
        "Idioma preferido",
        "Предпочитаемый язык",
        "首选语言",
        "اللغة المفضلة",
    ),
    "salutation_override": _w(
        "Salutation (as written)",
        "Formule d'appel (telle qu'écrite)",
        "Saludo (tal como se escribe)",
        "Обращение в письме (вручную)",
        "称呼（手写）",
        "صيغة التحية (كما تُكتب)",
    ),
    "notes": _w("Notes", "Notes", "Notas", "Примечания", "备注", "ملاحظات"),
    "created_at": _w("Created", "Créé le", "Creado el", "Создано", "创建时间", "تاريخ الإنشاء"),
    "updated_at": _w(
        "Last changed",
        "Dernière modification",
        "Última modificación",
        "Изменено",
        "最后修改",
        "آخر تعديل",
    ),
    "record_id": _w(
        "Record ID", "Identifiant", "Identificador", "Идентификатор", "记录编号", "معرّف السجل"
    ),
    # -- invitations and replies --
    "circular": _w(
        "Circular",
        "Lettre circulaire",
        "Carta circular",
        "Циркулярное письмо",
        "通函",
        "الرسالة المعممة",
    ),
    "addressee": _w(
        "Addressee", "Destinataire", "Destinatario", "Адресат", "收件人", "المرسل إليه"
    ),
    "contact": _w(
        "Contact person",
        "Personne de contact",
        "Persona de contacto",
        "Контактное лицо",
        "联系人",
        "جهة الاتصال",
    ),
    "channel": _w(
        "Sent by", "Envoyée par", "Enviada por", "Способ отправки", "发送方式", "وسيلة الإرسال"
    ),
    "sent_on": _w(
        "Sent on", "Envoyée le", "Enviada el", "Дата отправки", "发送日期", "تاريخ الإرسال"
    ),
    "status": _w("Status", "Statut", "Estado", "Статус", "状态", "الحالة"),
    "status_changed_at": _w(
        "Status since",
        "Statut depuis",
        "Estado desde",
        "Статус с",
        "状态变更时间",
        "الحالة منذ",
    ),
    "reminders_sent": _w(
        "Reminders sent",
        "Rappels envoyés",
        "Recordatorios enviados",
        "Напоминаний отправлено",
        "已发提醒",
        "التذكيرات المرسلة",
    ),
    "last_reminder_on": _w(
        "Last reminder",
        "Dernier rappel",
        "Último recordatorio",
        "Последнее напоминание",
        "最近提醒",
        "آخر تذكير",
    ),
    "reply_received_on": _w(
        "Reply received",
        "Réponse reçue le",
        "Respuesta recibida el",
        "Ответ получен",
        "收到答复日期",
        "تاريخ استلام الرد",
    ),
    "reply_channel": _w(
        "Reply by", "Réponse par", "Respuesta por", "Способ ответа", "答复方式", "وسيلة الرد"
    ),
    "decision": _w("Decision", "Décision", "Decisión", "Решение", "决定", "القرار"),
    "delegation_size": _w(
        "Delegation size",
        "Taille de la délégation",
        "Tamaño de la delegación",
        "Численность делегации",
        "代表团人数",
        "عدد أعضاء الوفد",
    ),
    "head_of_delegation": _w(
        "Head of delegation",
        "Chef de délégation",
        "Jefe de delegación",
        "Глава делегации",
        "代表团团长",
        "رئيس الوفد",
    ),
    "credentials": _w(
        "Credentials", "Pouvoirs", "Credenciales", "Полномочия", "全权证书", "وثائق التفويض"
    ),
    "credentials_signed_by": _w(
        "Credentials signed by",
        "Pouvoirs signés par",
        "Credenciales firmadas por",
        "Полномочия подписаны",
        "全权证书签署人",
        "وثائق التفويض موقعة من",
    ),
    "delegate": _w("Delegate", "Délégué", "Delegado", "Делегат", "代表", "المندوب"),
    "function": _w("Function", "Fonction", "Función", "Функция", "职能", "الصفة"),
    "role": _w("Role", "Rôle", "Función en la delegación", "Роль", "角色", "الدور"),
    "delegation_member": _w("Member", "Membre", "Miembro", "Член делегации", "成员", "عضو"),
    "attendance": _w(
        "Attendance", "Participation", "Participación", "Участие", "出席方式", "طريقة المشاركة"
    ),
    # -- speakers --
    "session": _w("Session", "Séance", "Sesión", "Заседание", "会议", "الجلسة"),
    "session_code": _w(
        "Session code",
        "Code de la séance",
        "Código de la sesión",
        "Код заседания",
        "会议代码",
        "رمز الجلسة",
    ),
    "date": _w("Date", "Date", "Fecha", "Дата", "日期", "التاريخ"),
    "start_time": _w(
        "Start time",
        "Heure de début",
        "Hora de inicio",
        "Время начала",
        "开始时间",
        "وقت البدء",
    ),
    "slot": _w("Order", "Ordre", "Orden", "Порядок", "顺序", "الترتيب"),
    "country": _w(
        "Country or organization",
        "Pays ou organisation",
        "País u organización",
        "Страна или организация",
        "国家或组织",
        "البلد أو المنظمة",
    ),
    "speaker": _w("Speaker", "Orateur", "Orador", "Выступающий", "发言人", "المتحدث"),
    "speaker_title": _w("Title", "Titre", "Cargo", "Звание", "职衔", "اللقب"),
    "mode": _w(
        "Attendance", "Participation", "Participación", "Участие", "出席方式", "طريقة المشاركة"
    ),
    "room": _w("Room", "Salle", "Sala", "Зал", "会议室", "القاعة"),
    "received_at": _w(
        "Request received",
        "Demande reçue",
        "Solicitud recibida",
        "Заявка получена",
        "收到申请时间",
        "تاريخ استلام الطلب",
    ),
    "waitlist": _w(
        "Waiting list",
        "Liste d'attente",
        "Lista de espera",
        "Лист ожидания",
        "候补名单",
        "قائمة الانتظار",
    ),
    # -- partnerships --
    "package": _w("Package", "Formule", "Paquete", "Пакет", "合作方案", "الباقة"),
    "source": _w("Source", "Origine", "Origen", "Источник", "来源", "المصدر"),
    "received_on": _w(
        "Received", "Reçue le", "Recibida el", "Получено", "收到日期", "تاريخ الاستلام"
    ),
    "stage": _w("Stage", "Étape", "Etapa", "Этап", "阶段", "المرحلة"),
    "stage_changed_on": _w(
        "Stage since", "Étape depuis", "Etapa desde", "Этап с", "进入阶段日期", "المرحلة منذ"
    ),
    "amount": _w("Amount", "Montant", "Importe", "Сумма", "金额", "المبلغ"),
    "currency": _w("Currency", "Monnaie", "Moneda", "Валюта", "币种", "العملة"),
    "next_follow_up_on": _w(
        "Next follow-up",
        "Prochain suivi",
        "Próximo seguimiento",
        "Следующий контакт",
        "下次跟进",
        "المتابعة التالية",
    ),
    "count": _w("Number", "Nombre", "Número", "Количество", "数量", "العدد"),
    "total_amount": _w(
        "Total amount",
        "Montant total",
        "Importe total",
        "Общая сумма",
        "总金额",
        "المبلغ الإجمالي",
    ),
    "total": _w("Total", "Total", "Total", "Итого", "合计", "المجموع"),
    "not_stated": _w(
        "Not stated", "Non précisé", "Sin especificar", "Не указано", "未说明", "غير محدد"
    ),
    "yes": _w("Yes", "Oui", "Sí", "Да", "是", "نعم"),
    "no": _w("No", "Non", "No", "Нет", "否", "لا"),
    # -- sheet names --
    "sheet.contacts": _w("Contacts", "Contacts", "Contactos", "Контакты", "联系人", "جهات الاتصال"),
    "sheet.invitations": _w(
        "Invitations", "Invitations", "Invitaciones", "Приглашения", "邀请", "الدعوات"
    ),
    "sheet.delegations": _w(
        "Replies and delegations",
        "Réponses et délégations",
        "Respuestas y delegaciones",
        "Ответы и делегации",
        "答复和代表团",
        "الردود والوفود",
    ),
    "sheet.speakers": _w(
        "Speakers by session",
        "Orateurs par séance",
        "Oradores por sesión",
        "Выступающие по заседаниям",
        "按会议列出的发言人",
        "المتحدثون حسب الجلسة",
    ),
    "sheet.partnerships": _w(
        "Partnership pipeline",
        "Partenariats en cours",
        "Cartera de alianzas",
        "Партнёрства",
        "合作伙伴进展",
        "مسار الشراكات",
    ),
    "sheet.partnership_totals": _w(
        "Totals by stage",
        "Totaux par étape",
        "Totales por etapa",
        "Итоги по этапам",
        "按阶段合计",
        "المجاميع حسب المرحلة",
    ),
    "sheet.summary": _w("Summary", "Synthèse", "Resumen", "Сводка", "摘要", "ملخص"),
    # -- workbook titles --
    "title.contacts": _w("Contacts", "Contacts", "Contactos", "Контакты", "联系人", "جهات الاتصال"),
    "title.invitations": _w(
        "Invitations and replies",
        "Invitations et réponses",
        "Invitaciones y respuestas",
        "Приглашения и ответы",
        "邀请和答复",
        "الدعوات والردود",
    ),
    "title.speakers": _w(
        "List of speakers",
        "Liste des orateurs",
        "Lista de oradores",
        "Список выступающих",
        "发言人名单",
        "قائمة المتحدثين",
    ),
    "title.partnerships": _w(
        "Partnership pipeline",
        "Partenariats en cours",
        "Cartera de alianzas",
        "Партнёрства",
        "合作伙伴进展",
        "مسار الشراكات",
    ),
    "title.event_report": _w(
        "Event report",
        "Rapport sur l'événement",
        "Informe del evento",
        "Отчёт о мероприятии",
        "活动报告",
        "تقرير الحدث",
    ),
    # -- the summary sheet of the event report --
    "summary.event": _w("Event", "Événement", "Evento", "Мероприятие", "活动", "الحدث"),
    "summary.reference": _w(
        "Reference", "Référence", "Referencia", "Условное обозначение", "编号", "المرجع"
    ),
    "summary.venue": _w("Venue", "Lieu", "Lugar", "Место проведения", "地点", "المكان"),
    "summary.dates": _w("Dates", "Dates", "Fechas", "Сроки", "日期", "التواريخ"),
    "summary.exported_at": _w(
        "Exported on", "Exporté le", "Exportado el", "Дата выгрузки", "导出时间", "تاريخ التصدير"
    ),
    "summary.reply_deadline": _w(
        "Reply deadline",
        "Date limite de réponse",
        "Plazo de respuesta",
        "Срок ответа",
        "答复截止日期",
        "الموعد النهائي للرد",
    ),
    "summary.speaking_deadline": _w(
        "Deadline for speaking requests",
        "Date limite des demandes de parole",
        "Plazo para solicitar la palabra",
        "Срок подачи заявок на выступление",
        "发言申请截止日期",
        "الموعد النهائي لطلبات الكلمة",
    ),
    "summary.days_left": _w(
        "Days left",
        "Jours restants",
        "Días restantes",
        "Осталось дней",
        "剩余天数",
        "الأيام المتبقية",
    ),
    "summary.days_past": _w(
        "Days past",
        "Jours écoulés depuis",
        "Días transcurridos",
        "Прошло дней",
        "已过天数",
        "الأيام المنقضية",
    ),
    "summary.invitations_by_status": _w(
        "Invitations by status",
        "Invitations par statut",
        "Invitaciones por estado",
        "Приглашения по статусу",
        "按状态统计的邀请",
        "الدعوات حسب الحالة",
    ),
    "summary.replies_by_decision": _w(
        "Replies by decision",
        "Réponses par décision",
        "Respuestas por decisión",
        "Ответы по решению",
        "按决定统计的答复",
        "الردود حسب القرار",
    ),
    "summary.invitations_by_region": _w(
        "Invitations by region",
        "Invitations par région",
        "Invitaciones por región",
        "Приглашения по регионам",
        "按区域统计的邀请",
        "الدعوات حسب المنطقة",
    ),
    "summary.replies_by_level": _w(
        "Replies by level of representation",
        "Réponses par niveau de représentation",
        "Respuestas por nivel de representación",
        "Ответы по уровню представительства",
        "按代表级别统计的答复",
        "الردود حسب مستوى التمثيل",
    ),
    "summary.speaking_by_status": _w(
        "Speaking requests by status",
        "Demandes de parole par statut",
        "Solicitudes de palabra por estado",
        "Заявки на выступление по статусу",
        "按状态统计的发言申请",
        "طلبات الكلمة حسب الحالة",
    ),
    "summary.partnerships_by_stage": _w(
        "Partnerships by stage and currency",
        "Partenariats par étape et par monnaie",
        "Alianzas por etapa y moneda",
        "Партнёрства по этапам и валютам",
        "按阶段和币种统计的合作",
        "الشراكات حسب المرحلة والعملة",
    ),
}
# fmt: on

# The partnership page's own words (`services.partnership_labels`): window and exports agree.
ENUM_LABELS[PartnershipStage] = {stage.value: words for stage, words in STAGE_LABELS.items()}
ENUM_LABELS[InquirySource] = {source.value: words for source, words in SOURCE_LABELS.items()}


@dataclass(frozen=True)
class Term:
    """An enumerated value named inside a message (`UserError` params): shown in the words of
    the language the message is read in, as the window and the exports name it."""

    member: StrEnum

    def localized(self, language: str) -> str:
        return label(self.member, language)

    def __str__(self) -> str:
        return label(self.member, "en")


def label(member: StrEnum, language: str) -> str:
    """The word for an enumerated value in `language` (English when the language is not one of
    the six)."""
    words = ENUM_LABELS[type(member)][member.value]
    return words.get(language) or words["en"]


def header(key: str, language: str) -> str:
    """A column header, sheet name or report word by key, in `language`."""
    words = HEADERS[key]
    return words.get(language) or words["en"]


def yes_no(value: bool, language: str) -> str:
    return header("yes" if value else "no", language)
