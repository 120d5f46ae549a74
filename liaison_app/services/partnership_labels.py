"""Partnership stages and inquiry sources named in the six UN languages (window and exports)."""

from __future__ import annotations

from liaison_app.domain.enums import InquirySource, PartnershipStage

STAGE_LABELS: dict[PartnershipStage, dict[str, str]] = {
    PartnershipStage.INQUIRY: {
        "ar": "استفسار",
        "zh": "询问",
        "en": "Inquiry",
        "fr": "Demande",
        "ru": "Запрос",
        "es": "Consulta",
    },
    PartnershipStage.INFORMATION_SENT: {
        "ar": "أُرسلت المعلومات",
        "zh": "已发送信息",
        "en": "Information sent",
        "fr": "Information envoyée",
        "ru": "Информация отправлена",
        "es": "Información enviada",
    },
    PartnershipStage.NEGOTIATION: {
        "ar": "تفاوض",
        "zh": "洽谈中",
        "en": "Negotiation",
        "fr": "Négociation",
        "ru": "Переговоры",
        "es": "Negociación",
    },
    PartnershipStage.COMMITTED: {
        "ar": "تعهّد",
        "zh": "已承诺",
        "en": "Committed",
        "fr": "Engagement pris",
        "ru": "Обязательство принято",
        "es": "Compromiso adquirido",
    },
    PartnershipStage.AGREEMENT_SIGNED: {
        "ar": "وُقّع الاتفاق",
        "zh": "已签署协议",
        "en": "Agreement signed",
        "fr": "Accord signé",
        "ru": "Соглашение подписано",
        "es": "Acuerdo firmado",
    },
    PartnershipStage.PAID: {
        "ar": "سُدّد المبلغ",
        "zh": "已付款",
        "en": "Paid",
        "fr": "Payé",
        "ru": "Оплачено",
        "es": "Pagado",
    },
    PartnershipStage.DECLINED: {
        "ar": "مرفوض",
        "zh": "已谢绝",
        "en": "Declined",
        "fr": "Décliné",
        "ru": "Отклонено",
        "es": "Declinado",
    },
    PartnershipStage.WITHDRAWN: {
        "ar": "مسحوب",
        "zh": "已撤回",
        "en": "Withdrawn",
        "fr": "Retiré",
        "ru": "Отозвано",
        "es": "Retirado",
    },
}

SOURCE_LABELS: dict[InquirySource, dict[str, str]] = {
    InquirySource.EMAIL: {
        "ar": "بريد إلكتروني",
        "zh": "电子邮件",
        "en": "E-mail",
        "fr": "Courriel",
        "ru": "Электронная почта",
        "es": "Correo electrónico",
    },
    InquirySource.PHONE: {
        "ar": "هاتف",
        "zh": "电话",
        "en": "Phone",
        "fr": "Téléphone",
        "ru": "Телефон",
        "es": "Teléfono",
    },
    InquirySource.MEETING: {
        "ar": "اجتماع",
        "zh": "会面",
        "en": "Meeting",
        "fr": "Réunion",
        "ru": "Встреча",
        "es": "Reunión",
    },
    InquirySource.WEB_FORM: {
        "ar": "استمارة على الموقع",
        "zh": "网上表格",
        "en": "Web form",
        "fr": "Formulaire en ligne",
        "ru": "Веб-форма",
        "es": "Formulario web",
    },
}


def stage_label(stage: PartnershipStage | str, language: str) -> str:
    labels = STAGE_LABELS[PartnershipStage(stage)]
    return labels.get(language) or labels["en"]


def source_label(source: InquirySource | str, language: str) -> str:
    labels = SOURCE_LABELS[InquirySource(source)]
    return labels.get(language) or labels["en"]
