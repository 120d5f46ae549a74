"""The default letter templates: seven kinds × six languages, written as a secretariat writes them.

The invitation follows circular CL-22/009 (its Arabic text is the model). Each template is a
subject and a body; in the body a blank line separates paragraphs and a single newline breaks a
line (a greeting followed by «تحية طيبة وبعد،», or 此致 / 敬礼！). The greeting and the closing
formula come from the salutations table through `salutation.greeting` / `salutation.closing`, so
they agree with the recipient's level and gender in every language.

Sentences avoid constructions that change with the event's name (French and Spanish articles,
Russian cases): the title is set in apposition or in quotation marks, and the Member State is
"your country" in the body, named formally only in the address block.
"""

from __future__ import annotations

from liaison_app.letters.templates import TemplateText


def _body(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# Shared pieces ---------------------------------------------------------------------------------
_CIRCULAR_SUBJECT = "{% if circular and circular.subject %}{{ circular.subject }}{% else %}"

# --- Invitation ---------------------------------------------------------------------------------

INVITATION = {
    "ar": TemplateText(
        subject=_CIRCULAR_SUBJECT + "دعوة إلى {{ event.title }}{% endif %}",
        body=_body(
            "{{ salutation.greeting }}\nتحية طيبة وبعد،",
            "يسرني أن أدعوكم إلى {{ event.title }}، الذي سيعقد في الفترة من {{ event.start_date }}"
            " إلى {{ event.end_date }}{% if event.city %} في {{ event.city }}{% endif %}."
            "{% if event.phases|length > 1 %} ويتضمن برنامجه المراحل التالية: "
            "{% for phase in event.phases %}{{ phase.name }}، من {{ phase.start_date }} إلى "
            "{{ phase.end_date }}{% if not loop.last %}؛ {% else %}.{% endif %}{% endfor %}"
            "{% endif %}"
            '{% if event.theme %} وموضوعه هو "{{ event.theme }}".{% endif %}'
            "{% if event.co_organizers %} ويشارك في تنظيمه {{ event.co_organizers }}.{% endif %}",
            "ونظراً إلى الجهود الكبيرة التي يبذلها بلدكم في تشجيع تطوير مجتمعات المعلومات والمعرفة،"
            " من شأن بيان تلقونه بشأن السياسة العامة أثناء الجلسات رفيعة المستوى"
            "{% if event.sessions_start_date %} المقرر عقدها في الفترة من "
            "{{ event.sessions_start_date }} إلى {{ event.sessions_end_date }}{% endif %}"
            " أن يكون موضع ترحيب وتقدير.",
            "وسأكون ممتناً لو تفضلتم بتأكيد قبولكم الدعوة"
            "{% if reply_deadline %} قبل {{ reply_deadline }}{% endif %}"
            " عن طريق المراسلة أو عن طريق زيارة موقعنا الإلكتروني"
            "{% if event.website %} {{ event.website }}{% endif %}"
            " وتقديم طلب للحصول على مدة زمنية للتحدث عبر الإنترنت.",
            "وفي الختام، أود أن أسترعي انتباهكم إلى الفرص المتاحة لتسليط الضوء على الجهات المهتمة"
            " في هذه المناسبة من خلال الشراكات"
            "{% if event.website %}، على النحو المعروض في الموقع {{ event.website }}{% endif %}.",
            "{{ salutation.closing }}",
        ),
    ),
    "zh": TemplateText(
        subject=_CIRCULAR_SUBJECT + "邀请参加{{ event.title }}{% endif %}",
        body=_body(
            "{{ salutation.greeting }}",
            "谨邀请{% if recipient.is_excellency %}阁下{% else %}您{% endif %}"
            "出席{{ event.title }}。"
            "{{ event.title }}将于{{ event.dates }}{% if event.city %}在{{ event.city }}"
            "{% endif %}举行"
            "{% if event.phases|length > 1 %}，分为以下阶段："
            "{% for phase in event.phases %}{{ phase.name }}（{{ phase.dates }}）"
            "{% if not loop.last %}；{% endif %}{% endfor %}{% endif %}。"
            "{% if event.theme %}其主题为“{{ event.theme }}”。{% endif %}"
            "{% if event.co_organizers %}该活动由{{ event.co_organizers }}共同组办。{% endif %}",
            "鉴于贵国为促进信息社会和知识社会的发展所作的巨大努力，我们诚挚欢迎"
            "{% if recipient.is_excellency %}阁下{% else %}您{% endif %}"
            "{% if event.sessions_dates %}于{{ event.sessions_dates }}{% endif %}"
            "在高级别会议上发表政策声明。",
            "如蒙{% if reply_deadline %}于{{ reply_deadline }}前{% endif %}通过信函或经由网站"
            "{% if event.website %}{{ event.website }}{% endif %}"
            "的在线表格确认出席并申请发言时段，将不胜感激。",
            "最后，谨提请{% if recipient.is_excellency %}阁下{% else %}您{% endif %}"
            "关注本次活动提供的合作伙伴机会"
            "{% if event.website %}，详情请见{{ event.website }}{% endif %}。",
            "{{ salutation.closing }}",
        ),
    ),
    "en": TemplateText(
        subject=_CIRCULAR_SUBJECT + "Invitation to the {{ event.title }}{% endif %}",
        body=_body(
            "{{ salutation.greeting }}",
            "I have the honour to invite you to the {{ event.title }}, which will be held"
            "{% if event.venue %} at {{ event.venue }}{% if event.city %}, {{ event.city }},"
            "{% endif %}{% elif event.city %} in {{ event.city }}{% endif %}"
            " from {{ event.start_date }} to {{ event.end_date }}."
            "{% if event.phases|length > 1 %} Its programme comprises the following phases: "
            "{% for phase in event.phases %}{{ phase.name }}, {{ phase.dates }}"
            "{% if not loop.last %}; {% else %}.{% endif %}{% endfor %}{% endif %}"
            "{% if event.theme %} Its theme is “{{ event.theme }}”.{% endif %}"
            "{% if event.co_organizers %} It is co-organized by {{ event.co_organizers }}."
            "{% endif %}",
            "In view of the considerable efforts made by your country to promote the development"
            " of information and knowledge societies, a policy statement delivered during the"
            " high-level sessions{% if event.sessions_dates %}, {{ event.sessions_dates }},"
            "{% endif %} would be most welcome.",
            "I should be grateful if you would confirm your participation"
            "{% if reply_deadline %} by {{ reply_deadline }}{% endif %}, by letter or through the"
            " online form on our website{% if event.website %}, {{ event.website }},{% endif %}"
            " where a speaking slot may also be requested.",
            "Finally, I wish to draw your attention to the partnership opportunities offered to"
            " showcase stakeholders at the event{% if event.website %}, as presented on"
            " {{ event.website }}{% endif %}.",
            "{{ salutation.closing }}",
        ),
    ),
    "fr": TemplateText(
        subject=_CIRCULAR_SUBJECT + "Invitation\u00a0: {{ event.title }}{% endif %}",
        body=_body(
            "{{ salutation.greeting }}",
            "J'ai l'honneur de vous inviter à participer à la manifestation suivante\u00a0:"
            " {{ event.title }}, qui se tiendra du {{ event.start_date }} au {{ event.end_date }}"
            "{% if event.city %} à {{ event.city }}{% endif %}."
            "{% if event.phases|length > 1 %} Son programme comprend les phases suivantes\u00a0: "
            "{% for phase in event.phases %}{{ phase.name }}, {{ phase.dates }}"
            "{% if not loop.last %}\u00a0; {% else %}.{% endif %}{% endfor %}{% endif %}"
            "{% if event.theme %} Elle a pour thème «\u00a0{{ event.theme }}\u00a0».{% endif %}"
            "{% if event.co_organizers %} Elle est organisée conjointement par"
            " {{ event.co_organizers }}.{% endif %}",
            "Compte tenu des efforts considérables déployés par votre pays pour promouvoir le"
            " développement des sociétés de l'information et du savoir, une déclaration de"
            " politique générale que vous prononceriez lors des sessions de haut niveau"
            "{% if event.sessions_dates %} ({{ event.sessions_dates }}){% endif %}"
            " serait particulièrement appréciée.",
            "Je vous saurais gré de bien vouloir confirmer votre participation"
            "{% if reply_deadline %} avant le {{ reply_deadline }}{% endif %}, par courrier ou au"
            " moyen du formulaire en ligne disponible sur notre site web"
            "{% if event.website %} ({{ event.website }}){% endif %}, qui permet également de"
            " demander un temps de parole.",
            "Enfin, je souhaite appeler votre attention sur les possibilités de partenariat"
            " offertes à cette occasion{% if event.website %}, présentées à l'adresse"
            " {{ event.website }}{% endif %}.",
            "{{ salutation.closing }}",
        ),
    ),
    "ru": TemplateText(
        subject=_CIRCULAR_SUBJECT + "Приглашение: «{{ event.title }}»{% endif %}",
        body=_body(
            "{{ salutation.greeting }}",
            "Имею честь пригласить Вас принять участие в мероприятии «{{ event.title }}», которое"
            " состоится с {{ event.start_date }} по {{ event.end_date }}"
            "{% if event.city %} (место проведения: {{ event.city }}){% endif %}."
            "{% if event.phases|length > 1 %} Программа включает следующие этапы: "
            "{% for phase in event.phases %}{{ phase.name }}, {{ phase.dates }}"
            "{% if not loop.last %}; {% else %}.{% endif %}{% endfor %}{% endif %}"
            "{% if event.theme %} Тема мероприятия: «{{ event.theme }}».{% endif %}"
            "{% if event.co_organizers %} Соорганизаторы: {{ event.co_organizers }}.{% endif %}",
            "Учитывая значительные усилия Вашей страны по содействию развитию информационного"
            " общества и общества знаний, мы будем рады Вашему заявлению по вопросам политики на"
            " заседаниях высокого уровня{% if event.sessions_dates %} ({{ event.sessions_dates }})"
            "{% endif %}.",
            "Буду признателен, если Вы подтвердите свое участие"
            "{% if reply_deadline %} до {{ reply_deadline }}{% endif %} письмом или через"
            " онлайновую форму на нашем веб-сайте"
            "{% if event.website %} ({{ event.website }}){% endif %}, где можно также подать"
            " заявку на выступление.",
            "В заключение хотел бы обратить Ваше внимание на возможности партнерства в рамках"
            " этого мероприятия{% if event.website %}, представленные по адресу"
            " {{ event.website }}{% endif %}.",
            "{{ salutation.closing }}",
        ),
    ),
    "es": TemplateText(
        subject=_CIRCULAR_SUBJECT + "Invitación: {{ event.title }}{% endif %}",
        body=_body(
            "{{ salutation.greeting }}",
            "Tengo el honor de invitarle a participar en el siguiente evento: {{ event.title }},"
            " que se celebrará del {{ event.start_date }} al {{ event.end_date }}"
            "{% if event.city %} en {{ event.city }}{% endif %}."
            "{% if event.phases|length > 1 %} Su programa comprende las siguientes fases: "
            "{% for phase in event.phases %}{{ phase.name }}, {{ phase.dates }}"
            "{% if not loop.last %}; {% else %}.{% endif %}{% endfor %}{% endif %}"
            "{% if event.theme %} Su tema es «{{ event.theme }}».{% endif %}"
            "{% if event.co_organizers %} Está organizado conjuntamente por"
            " {{ event.co_organizers }}.{% endif %}",
            "Habida cuenta de los considerables esfuerzos que realiza su país para promover el"
            " desarrollo de las sociedades de la información y del conocimiento, sería muy grato"
            " contar con una declaración de política pronunciada por usted en las sesiones de"
            " alto nivel{% if event.sessions_dates %} ({{ event.sessions_dates }}){% endif %}.",
            "Le agradecería que confirmara su participación"
            "{% if reply_deadline %} antes del {{ reply_deadline }}{% endif %}, por carta o"
            " mediante el formulario en línea de nuestro sitio web"
            "{% if event.website %} ({{ event.website }}){% endif %}, que permite asimismo"
            " solicitar un turno de intervención.",
            "Por último, deseo señalar a su atención las oportunidades de asociación que ofrece"
            " este evento{% if event.website %}, presentadas en {{ event.website }}{% endif %}.",
            "{{ salutation.closing }}",
        ),
    ),
}

# --- Reminder -----------------------------------------------------------------------------------

REMINDER = {
    "ar": TemplateText(
        subject="تذكير: {% if circular and circular.subject %}{{ circular.subject }}"
        "{% else %}دعوة إلى {{ event.title }}{% endif %}",
        body=_body(
            "{{ salutation.greeting }}\nتحية طيبة وبعد،",
            "أود أن أشير إلى {% if circular %}الرسالة المعممة {{ circular.reference }} المؤرخة"
            " {{ circular.date }}{% else %}دعوتي{% endif %} إلى {{ event.title }}، الذي سيعقد في"
            " الفترة من {{ event.start_date }} إلى {{ event.end_date }}"
            "{% if event.city %} في {{ event.city }}{% endif %}.",
            "ونظراً إلى أننا لم نتلق ردكم حتى الآن، سأكون ممتناً لو تفضلتم بإبلاغنا بقراركم في أقرب"
            " وقت ممكن، عن طريق المراسلة"
            "{% if contact.email %} أو بالبريد الإلكتروني على العنوان {{ contact.email }}"
            "{% endif %}"
            "، حتى تتمكن الأمانة من استكمال الترتيبات اللازمة.",
            "{{ salutation.closing }}",
        ),
    ),
    "zh": TemplateText(
        subject="催复：{% if circular and circular.subject %}{{ circular.subject }}"
        "{% else %}邀请参加{{ event.title }}{% endif %}",
        body=_body(
            "{{ salutation.greeting }}",
            "谨提及{% if circular %}{{ circular.date }}第{{ circular.reference }}号通函{% else %}"
            "此前{% endif %}关于邀请出席{{ event.title }}的事宜。该活动将于{{ event.dates }}"
            "{% if event.city %}在{{ event.city }}{% endif %}举行。",
            "由于我们尚未收到贵方答复，如蒙尽早以信函"
            "{% if contact.email %}或电子邮件（{{ contact.email }}）{% endif %}告知决定，"
            "以便秘书处完成相关安排，将不胜感激。",
            "{{ salutation.closing }}",
        ),
    ),
    "en": TemplateText(
        subject="Reminder: {% if circular and circular.subject %}{{ circular.subject }}"
        "{% else %}Invitation to the {{ event.title }}{% endif %}",
        body=_body(
            "{{ salutation.greeting }}",
            "I refer to {% if circular %}Circular {{ circular.reference }} of {{ circular.date }}"
            ", by which I invited you{% else %}my invitation{% endif %} to the"
            " {{ event.title }}, to be held from {{ event.start_date }} to {{ event.end_date }}"
            "{% if event.city %} in {{ event.city }}{% endif %}.",
            "As we have not yet received your reply, I should be grateful if you would let us"
            " know your decision at your earliest convenience, by letter"
            "{% if contact.email %} or by e-mail to {{ contact.email }}{% endif %}, so that the"
            " secretariat can complete the arrangements.",
            "{{ salutation.closing }}",
        ),
    ),
    "fr": TemplateText(
        subject="Rappel\u00a0: {% if circular and circular.subject %}{{ circular.subject }}"
        "{% else %}{{ event.title }}{% endif %}",
        body=_body(
            "{{ salutation.greeting }}",
            "Je me réfère à {% if circular %}la Lettre circulaire {{ circular.reference }} du"
            " {{ circular.date }}, par laquelle je vous ai"
            " {% if recipient.gender == 'female' %}invitée{% else %}invité{% endif %}"
            "{% else %}mon invitation{% endif %}"
            " à participer à la manifestation suivante\u00a0: {{ event.title }}, qui se tiendra du"
            " {{ event.start_date }} au {{ event.end_date }}"
            "{% if event.city %} à {{ event.city }}{% endif %}.",
            "N'ayant pas encore reçu votre réponse, je vous saurais gré de bien vouloir nous"
            " faire part de votre décision dans les meilleurs délais, par courrier"
            "{% if contact.email %} ou par courriel à l'adresse {{ contact.email }}{% endif %},"
            " afin que le secrétariat puisse finaliser les dispositions nécessaires.",
            "{{ salutation.closing }}",
        ),
    ),
    "ru": TemplateText(
        subject="Напоминание: {% if circular and circular.subject %}{{ circular.subject }}"
        "{% else %}«{{ event.title }}»{% endif %}",
        body=_body(
            "{{ salutation.greeting }}",
            "Ссылаюсь на {% if circular %}циркулярное письмо {{ circular.reference }} от"
            " {{ circular.date }}, которым Вы были приглашены{% else %}мое приглашение{% endif %}"
            " принять участие в мероприятии «{{ event.title }}», которое состоится с"
            " {{ event.start_date }} по {{ event.end_date }}"
            "{% if event.city %} (место проведения: {{ event.city }}){% endif %}.",
            "Поскольку мы еще не получили Вашего ответа, буду признателен, если Вы сообщите нам"
            " о своем решении в кратчайшие сроки письмом"
            "{% if contact.email %} или по электронной почте {{ contact.email }}{% endif %},"
            " с тем чтобы секретариат мог завершить необходимые приготовления.",
            "{{ salutation.closing }}",
        ),
    ),
    "es": TemplateText(
        subject="Recordatorio: {% if circular and circular.subject %}{{ circular.subject }}"
        "{% else %}{{ event.title }}{% endif %}",
        body=_body(
            "{{ salutation.greeting }}",
            "Me refiero a {% if circular %}la Carta Circular {{ circular.reference }} del"
            " {{ circular.date }}, por la que le invité{% else %}mi invitación{% endif %} a"
            " participar en el siguiente evento: {{ event.title }}, que se celebrará del"
            " {{ event.start_date }} al {{ event.end_date }}"
            "{% if event.city %} en {{ event.city }}{% endif %}.",
            "Como aún no hemos recibido su respuesta, le agradecería que nos comunicara su"
            " decisión a la mayor brevedad posible, por carta"
            "{% if contact.email %} o por correo electrónico a {{ contact.email }}{% endif %},"
            " a fin de que la secretaría pueda ultimar los preparativos.",
            "{{ salutation.closing }}",
        ),
    ),
}

# --- Speaking-slot confirmation -----------------------------------------------------------------

SPEAKING_CONFIRMATION = {
    "ar": TemplateText(
        subject="تأكيد موعد الكلمة في {{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}\nتحية طيبة وبعد،",
            "إشارة إلى طلبكم إلقاء كلمة في {{ event.title }}، يسرني أن أؤكد أن"
            "{% if speaker.name %} {{ speaker.name }}{% else %} ممثل بلدكم{% endif %}"
            ' مدرج ضمن المتحدثين في جلسة "{{ session.title }}" يوم {{ session.date }}، من الساعة'
            " {{ session.time }}{% if session.room %}، في قاعة {{ session.room }}{% endif %}"
            "{% if speaker.mode == 'remote' %}، عن بُعد{% endif %}.",
            "ومدة كل كلمة {{ session.minutes }}"
            " {% if 3 <= session.minutes <= 10 %}دقائق{% else %}دقيقة{% endif %}"
            " حتى يتسنى الاستماع إلى جميع المتحدثين."
            "{% if speaker.mode == 'remote' %} وسنرسل إليكم تفاصيل الاتصال وموعد اختبار تقني قبل"
            " الجلسة.{% else %} ويرجى الحضور إلى القاعة قبل بدء الجلسة بخمس عشرة دقيقة.{% endif %}",
            "وفي حال الحاجة إلى أي تغيير، يرجى إبلاغ"
            "{% if contact.name %} {{ contact.name }}{% else %} الأمانة{% endif %}"
            "{% if contact.email %} ({{ contact.email }}){% endif %} في أقرب وقت ممكن.",
            "{{ salutation.closing }}",
        ),
    ),
    "zh": TemplateText(
        subject="{{ event.title }}发言时段确认",
        body=_body(
            "{{ salutation.greeting }}",
            "关于贵方在{{ event.title }}上发言的申请，我高兴地确认，"
            "{% if speaker.name %}{{ speaker.name }}{% else %}贵国代表{% endif %}已列入"
            "“{{ session.title }}”会议的发言名单，会议时间为{{ session.date }}{{ session.time }}"
            "{% if session.room %}，地点为{{ session.room }}{% endif %}"
            "{% if speaker.mode == 'remote' %}，以远程方式发言{% endif %}。",
            "为确保所有发言者均有机会发言，每位发言时间限为{{ session.minutes }}分钟。"
            "{% if speaker.mode == 'remote' %}我们将在会前发送连线信息和技术测试时间。"
            "{% else %}请于会议开始前十五分钟到场。{% endif %}",
            "如需作出任何变更，请尽快通知{% if contact.name %}{{ contact.name }}{% else %}秘书处"
            "{% endif %}{% if contact.email %}（{{ contact.email }}）{% endif %}。",
            "{{ salutation.closing }}",
        ),
    ),
    "en": TemplateText(
        subject="Confirmation of your speaking slot: {{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}",
            "Further to your request to take the floor at the {{ event.title }}, I am pleased to"
            " confirm that {% if speaker.name %}{{ speaker.name }}{% else %}the representative of"
            " your country{% endif %} is scheduled to speak in the session “{{ session.title }}”"
            " on {{ session.date }}, {{ session.time }}"
            "{% if session.room %}, in the {{ session.room }}{% endif %}"
            "{% if speaker.mode == 'remote' %}, remotely{% endif %}.",
            "Each statement is limited to {{ session.minutes }} minutes, so that every speaker can"
            " be heard.{% if speaker.mode == 'remote' %} Connection details and the time of a"
            " technical test will be sent to you before the session.{% else %} Speakers are"
            " kindly requested to be in the room fifteen minutes before the session begins."
            "{% endif %}",
            "Should any change be necessary, please inform"
            "{% if contact.name %} {{ contact.name }}{% else %} the secretariat{% endif %}"
            "{% if contact.email %} ({{ contact.email }}){% endif %} as soon as possible.",
            "{{ salutation.closing }}",
        ),
    ),
    "fr": TemplateText(
        subject="Confirmation de votre temps de parole\u00a0: {{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}",
            "Suite à votre demande de prendre la parole lors de la manifestation"
            " {{ event.title }}, j'ai le plaisir de vous confirmer que"
            " {% if speaker.name %}{{ speaker.name }}{% else %}le représentant de votre pays"
            "{% endif %} interviendra lors de la session «\u00a0{{ session.title }}\u00a0», le"
            " {{ session.date }}, de {{ session.time }}"
            "{% if session.room %}, en salle {{ session.room }}{% endif %}"
            "{% if speaker.mode == 'remote' %}, à distance{% endif %}.",
            "Chaque déclaration est limitée à {{ session.minutes }} minutes, afin que tous les"
            " orateurs puissent être entendus.{% if speaker.mode == 'remote' %} Les informations"
            " de connexion et l'horaire d'un essai technique vous seront communiqués avant la"
            " session.{% else %} Les orateurs sont priés de se présenter dans la salle quinze"
            " minutes avant le début de la session.{% endif %}",
            "Si un changement devait intervenir, je vous prie d'en informer"
            "{% if contact.name %} {{ contact.name }}{% else %} le secrétariat{% endif %}"
            "{% if contact.email %} ({{ contact.email }}){% endif %} dans les meilleurs délais.",
            "{{ salutation.closing }}",
        ),
    ),
    "ru": TemplateText(
        subject="Подтверждение выступления: «{{ event.title }}»",
        body=_body(
            "{{ salutation.greeting }}",
            "В ответ на Вашу просьбу о выступлении на мероприятии «{{ event.title }}» рад"
            " подтвердить, что {% if speaker.name %}{{ speaker.name }}{% else %}представитель"
            " Вашей страны{% endif %}"
            " {% if speaker.name and speaker.gender == 'female' %}включена{% else %}включен"
            "{% endif %} в список выступающих на заседании"
            " «{{ session.title }}», которое состоится {{ session.date }}, {{ session.time }}"
            "{% if session.room %} (зал: {{ session.room }}){% endif %}"
            "{% if speaker.mode == 'remote' %}, в дистанционном формате{% endif %}.",
            "Продолжительность каждого выступления не должна превышать {{ session.minutes }}"
            " мин., с тем чтобы могли выступить все участники."
            "{% if speaker.mode == 'remote' %} Данные"
            " для подключения и время технической проверки будут направлены Вам до начала"
            " заседания.{% else %} Просим выступающих прибыть в зал за пятнадцать минут до"
            " начала заседания.{% endif %}",
            "В случае каких-либо изменений просим как можно скорее сообщить об этом в"
            " секретариат{% if contact.name %} ({{ contact.name }}{% if contact.email %},"
            " {{ contact.email }}{% endif %}){% endif %}.",
            "{{ salutation.closing }}",
        ),
    ),
    "es": TemplateText(
        subject="Confirmación de su turno de intervención: {{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}",
            "En relación con su solicitud de intervenir en el evento {{ event.title }}, me complace"
            " confirmarle que {% if speaker.name %}{{ speaker.name }}{% else %}el representante de"
            " su país{% endif %} figura en la lista de oradores de la sesión"
            " «{{ session.title }}», el {{ session.date }}, de {{ session.time }}"
            "{% if session.room %}, en la sala {{ session.room }}{% endif %}"
            "{% if speaker.mode == 'remote' %}, a distancia{% endif %}.",
            "Cada intervención está limitada a {{ session.minutes }} minutos, para que todos los"
            " oradores puedan ser escuchados.{% if speaker.mode == 'remote' %} Antes de la sesión"
            " se le enviarán los datos de conexión y la hora de una prueba técnica.{% else %} Se"
            " ruega a los oradores que se presenten en la sala quince minutos antes del comienzo"
            " de la sesión.{% endif %}",
            "Si fuera necesario algún cambio, le ruego que lo comunique lo antes posible a"
            "{% if contact.name %} {{ contact.name }}{% else %} la secretaría{% endif %}"
            "{% if contact.email %} ({{ contact.email }}){% endif %}.",
            "{{ salutation.closing }}",
        ),
    ),
}

# --- Waiting-list notice ------------------------------------------------------------------------

WAITLIST_NOTICE = {
    "ar": TemplateText(
        subject="طلب إلقاء كلمة في {{ event.title }}: قائمة الانتظار",
        body=_body(
            "{{ salutation.greeting }}\nتحية طيبة وبعد،",
            "أشكركم على طلبكم إلقاء كلمة في {{ event.title }}. وقد خُصصت جميع المواعيد المتاحة في"
            " الجلسات رفيعة المستوى{% if event.sessions_dates %} ({{ event.sessions_dates }})"
            "{% endif %} وفقاً للترتيب البروتوكولي وترتيب ورود الطلبات، ولذلك أُدرج طلبكم في قائمة"
            " الانتظار{% if waitlist_position %} في المرتبة {{ waitlist_position }}{% endif %}.",
            "وفي حال توفر موعد، ستتصل بكم الأمانة دون تأخير. ويسعدنا في جميع الأحوال أن نرحب"
            " بوفد بلدكم في جميع أنشطة هذه المناسبة.",
            "{{ salutation.closing }}",
        ),
    ),
    "zh": TemplateText(
        subject="{{ event.title }}发言申请：候补名单",
        body=_body(
            "{{ salutation.greeting }}",
            "感谢贵方申请在{{ event.title }}上发言。高级别会议"
            "{% if event.sessions_dates %}（{{ event.sessions_dates }}）{% endif %}"
            "的全部发言时段已按礼宾顺序和收到申请的先后顺序分配完毕，贵方申请已列入候补名单"
            "{% if waitlist_position %}，排在第{{ waitlist_position }}位{% endif %}。",
            "一旦有发言时段空出，秘书处将立即与贵方联系。无论如何，我们都欢迎贵国代表团参加本次"
            "活动的各项议程。",
            "{{ salutation.closing }}",
        ),
    ),
    "en": TemplateText(
        subject="Your request to speak at the {{ event.title }}: waiting list",
        body=_body(
            "{{ salutation.greeting }}",
            "Thank you for your request to deliver a statement at the {{ event.title }}. All the"
            " slots of the high-level sessions{% if event.sessions_dates %}"
            " ({{ event.sessions_dates }}){% endif %} have been allocated, in protocol order and"
            " in the order in which requests were received; your request has therefore been"
            " placed on the waiting list{% if waitlist_position %}, in position"
            " {{ waitlist_position }}{% endif %}.",
            "Should a slot become available, the secretariat will contact you without delay. In"
            " any event, we look forward to welcoming your country's delegation to all the"
            " activities of the event.",
            "{{ salutation.closing }}",
        ),
    ),
    "fr": TemplateText(
        subject="Demande de temps de parole – {{ event.title }}\u00a0: liste d'attente",
        body=_body(
            "{{ salutation.greeting }}",
            "Je vous remercie de votre demande de prononcer une déclaration lors de la"
            " manifestation {{ event.title }}. Tous les temps de parole des sessions de haut niveau"
            "{% if event.sessions_dates %} ({{ event.sessions_dates }}){% endif %} ont été"
            " attribués, selon l'ordre protocolaire et l'ordre de réception des demandes\u00a0;"
            " votre demande a donc été inscrite sur la liste d'attente"
            "{% if waitlist_position %}, en position {{ waitlist_position }}{% endif %}.",
            "Si un temps de parole se libère, le secrétariat prendra contact avec vous sans délai."
            " En tout état de cause, nous nous réjouissons d'accueillir la délégation de votre"
            " pays à l'ensemble des activités de la manifestation.",
            "{{ salutation.closing }}",
        ),
    ),
    "ru": TemplateText(
        subject="Заявка на выступление («{{ event.title }}»): лист ожидания",
        body=_body(
            "{{ salutation.greeting }}",
            "Благодарю Вас за заявку на выступление на мероприятии «{{ event.title }}». Все время"
            " для выступлений на заседаниях высокого уровня"
            "{% if event.sessions_dates %} ({{ event.sessions_dates }}){% endif %} распределено в"
            " протокольном порядке и в порядке поступления заявок, поэтому Ваша заявка включена в"
            " лист ожидания{% if waitlist_position %} под номером {{ waitlist_position }}"
            "{% endif %}.",
            "Если время для выступления освободится, секретариат незамедлительно свяжется с Вами."
            " В любом случае мы будем рады приветствовать делегацию Вашей страны на всех"
            " мероприятиях.",
            "{{ salutation.closing }}",
        ),
    ),
    "es": TemplateText(
        subject="Solicitud de intervención – {{ event.title }}: lista de espera",
        body=_body(
            "{{ salutation.greeting }}",
            "Le agradezco su solicitud de pronunciar una declaración en el evento"
            " {{ event.title }}. Todos los turnos de intervención de las sesiones de alto nivel"
            "{% if event.sessions_dates %} ({{ event.sessions_dates }}){% endif %} se han"
            " asignado según el orden protocolario y el orden de recepción de las solicitudes;"
            " por consiguiente, su solicitud se ha inscrito en la lista de espera"
            "{% if waitlist_position %}, en la posición {{ waitlist_position }}{% endif %}.",
            "Si quedara libre algún turno, la secretaría se pondrá en contacto con usted sin"
            " demora. En cualquier caso, será un placer recibir a la delegación de su país en"
            " todas las actividades del evento.",
            "{{ salutation.closing }}",
        ),
    ),
}

# --- Partnership acknowledgement ----------------------------------------------------------------

PARTNERSHIP_ACKNOWLEDGEMENT = {
    "ar": TemplateText(
        subject="الشراكة في {{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}\nتحية طيبة وبعد،",
            "أشكركم على اهتمام مؤسستكم، {{ organization.name }}، بالشراكة في {{ event.title }}"
            "{% if package %} في إطار باقة {{ package.name }} ({{ package.amount }}){% endif %}.",
            "وتسهم الشراكات في إتاحة المشاركة في هذه المناسبة على نطاق واسع وفي إبراز إسهام"
            " الجهات الشريكة. وسيتصل بكم فريقنا قريباً لعرض تفاصيل المزايا والخطوات التالية."
            "{% if contact.name %} وفي غضون ذلك، يسر {{ contact.name }}"
            "{% if contact.email %} ({{ contact.email }}){% endif %} الرد على أي استفسار."
            "{% endif %}",
            "{{ salutation.closing }}",
        ),
    ),
    "zh": TemplateText(
        subject="关于成为{{ event.title }}合作伙伴",
        body=_body(
            "{{ salutation.greeting }}",
            "感谢贵机构（{{ organization.name }}）有意成为{{ event.title }}的合作伙伴"
            "{% if package %}（{{ package.name }}，{{ package.amount }}）{% endif %}。",
            "合作伙伴的支持有助于扩大本次活动的参与面，并展示合作伙伴的贡献。我们的团队将很快与"
            "贵方联系，介绍合作权益详情及后续步骤。{% if contact.name %}在此期间，如有任何问题，"
            "请联系{{ contact.name }}{% if contact.email %}（{{ contact.email }}）{% endif %}。"
            "{% endif %}",
            "{{ salutation.closing }}",
        ),
    ),
    "en": TemplateText(
        subject="Partnership: {{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}",
            "Thank you for the interest expressed by your organization, {{ organization.name }}, in"
            " becoming a partner of the {{ event.title }}{% if package %}, under the"
            " {{ package.name }} package ({{ package.amount }}){% endif %}.",
            "Partnerships make broad participation in the event possible and give visibility to"
            " the contribution of our partners. Our team will contact you shortly with the details"
            " of the benefits and the next steps.{% if contact.name %} In the meantime,"
            " {{ contact.name }}{% if contact.email %} ({{ contact.email }}){% endif %} will be"
            " pleased to answer any question.{% endif %}",
            "{{ salutation.closing }}",
        ),
    ),
    "fr": TemplateText(
        subject="Partenariat\u00a0: {{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}",
            "Je vous remercie de l'intérêt que votre organisation, {{ organization.name }}, porte à"
            " un partenariat pour la manifestation {{ event.title }}{% if package %}, au titre de"
            " la formule {{ package.name }} ({{ package.amount }}){% endif %}.",
            "Les partenariats permettent une large participation à la manifestation et mettent en"
            " valeur la contribution de nos partenaires. Notre équipe prendra prochainement"
            " contact avec vous pour vous présenter le détail des avantages et les prochaines"
            " étapes.{% if contact.name %} Dans l'intervalle, {{ contact.name }}"
            "{% if contact.email %} ({{ contact.email }}){% endif %} se tient à votre disposition"
            " pour toute question.{% endif %}",
            "{{ salutation.closing }}",
        ),
    ),
    "ru": TemplateText(
        subject="Партнерство: «{{ event.title }}»",
        body=_body(
            "{{ salutation.greeting }}",
            "Благодарю Вас за интерес, проявленный организацией «{{ organization.name }}» к"
            " партнерству в рамках"
            " мероприятия «{{ event.title }}»{% if package %} (пакет «{{ package.name }}»,"
            " {{ package.amount }}){% endif %}.",
            "Партнерство обеспечивает широкое участие в мероприятии и позволяет представить вклад"
            " наших партнеров. В ближайшее время наша группа свяжется с Вами, чтобы сообщить"
            " подробную информацию о преимуществах и дальнейших шагах.{% if contact.name %} По"
            " всем вопросам просим обращаться в секретариат: {{ contact.name }}"
            "{% if contact.email %}, {{ contact.email }}{% endif %}.{% endif %}",
            "{{ salutation.closing }}",
        ),
    ),
    "es": TemplateText(
        subject="Asociación: {{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}",
            "Le agradezco el interés de su organización, {{ organization.name }}, en asociarse al"
            " evento"
            " {{ event.title }}{% if package %}, en el marco del paquete {{ package.name }}"
            " ({{ package.amount }}){% endif %}.",
            "Las asociaciones hacen posible una amplia participación en el evento y dan"
            " visibilidad a la contribución de nuestros asociados. Nuestro equipo se pondrá en"
            " contacto con usted en breve para presentarle el detalle de las ventajas y los"
            " próximos pasos.{% if contact.name %} Entretanto, {{ contact.name }}"
            "{% if contact.email %} ({{ contact.email }}){% endif %} queda a su disposición para"
            " cualquier consulta.{% endif %}",
            "{{ salutation.closing }}",
        ),
    ),
}

# --- Thank you ----------------------------------------------------------------------------------

THANK_YOU = {
    "ar": TemplateText(
        subject="شكر على المشاركة في {{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}\nتحية طيبة وبعد،",
            "في ختام {{ event.title }}، أود أن أعرب لكم عن خالص شكري على مشاركة بلدكم، التي"
            " أسهمت إسهاماً قيماً في نجاح أعماله.",
            "وستُنشر نتائج المناقشات"
            "{% if event.website %} على الموقع {{ event.website }}{% else %} قريباً{% endif %}،"
            " وأتطلع إلى مواصلة تعاوننا في المستقبل.",
            "{{ salutation.closing }}",
        ),
    ),
    "zh": TemplateText(
        subject="感谢出席{{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}",
            "值此{{ event.title }}圆满结束之际，谨对贵国的参与表示衷心感谢。贵国的参与为活动的"
            "成功作出了宝贵贡献。",
            "讨论成果将{% if event.website %}在{{ event.website }}{% else %}于近期{% endif %}"
            "公布。期待今后继续开展合作。",
            "{{ salutation.closing }}",
        ),
    ),
    "en": TemplateText(
        subject="Thank you for your participation in the {{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}",
            "At the close of the {{ event.title }}, I wish to thank you most sincerely for the"
            " participation of your country, which made a valuable contribution to the success of"
            " its work.",
            "The outcomes of the discussions will be published"
            "{% if event.website %} on {{ event.website }}{% else %} shortly{% endif %}, and I look"
            " forward to continuing our cooperation.",
            "{{ salutation.closing }}",
        ),
    ),
    "fr": TemplateText(
        subject="Remerciements\u00a0: {{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}",
            "Au terme de la manifestation {{ event.title }}, je tiens à vous remercier très"
            " sincèrement de la participation de votre pays, qui a apporté une contribution"
            " précieuse au succès des travaux.",
            "Les résultats des débats seront publiés"
            "{% if event.website %} à l'adresse {{ event.website }}{% else %} prochainement"
            "{% endif %}, et je me réjouis de la poursuite de notre coopération.",
            "{{ salutation.closing }}",
        ),
    ),
    "ru": TemplateText(
        subject="Благодарность за участие: «{{ event.title }}»",
        body=_body(
            "{{ salutation.greeting }}",
            "По завершении мероприятия «{{ event.title }}» хотел бы искренне поблагодарить Вас за"
            " участие Вашей страны, которое стало ценным вкладом в успех его работы.",
            "Итоги обсуждений будут опубликованы"
            "{% if event.website %} по адресу {{ event.website }}{% else %} в ближайшее время"
            "{% endif %}. Надеюсь на продолжение нашего сотрудничества.",
            "{{ salutation.closing }}",
        ),
    ),
    "es": TemplateText(
        subject="Agradecimiento: {{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}",
            "Al término del evento {{ event.title }}, deseo agradecerle muy sinceramente la"
            " participación de su país, que ha contribuido de manera valiosa al éxito de los"
            " trabajos.",
            "Los resultados de los debates se publicarán"
            "{% if event.website %} en {{ event.website }}{% else %} próximamente{% endif %}, y"
            " espero que sigamos cooperando en el futuro.",
            "{{ salutation.closing }}",
        ),
    ),
}

# --- Free letter --------------------------------------------------------------------------------
# A starting point the officer rewrites: greeting, one paragraph naming the event, closing.

FREE = {
    "ar": TemplateText(
        subject="{{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}\nتحية طيبة وبعد،",
            "أتشرف بأن أكتب إليكم بشأن {{ event.title }}.",
            "{{ salutation.closing }}",
        ),
    ),
    "zh": TemplateText(
        subject="{{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}", "谨就{{ event.title }}事致函。", "{{ salutation.closing }}"
        ),
    ),
    "en": TemplateText(
        subject="{{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}",
            "I have the honour to write to you concerning the {{ event.title }}.",
            "{{ salutation.closing }}",
        ),
    ),
    "fr": TemplateText(
        subject="{{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}",
            "J'ai l'honneur de vous écrire au sujet de la manifestation {{ event.title }}.",
            "{{ salutation.closing }}",
        ),
    ),
    "ru": TemplateText(
        subject="«{{ event.title }}»",
        body=_body(
            "{{ salutation.greeting }}",
            "Имею честь обратиться к Вам в связи с мероприятием «{{ event.title }}».",
            "{{ salutation.closing }}",
        ),
    ),
    "es": TemplateText(
        subject="{{ event.title }}",
        body=_body(
            "{{ salutation.greeting }}",
            "Tengo el honor de dirigirme a usted en relación con el evento {{ event.title }}.",
            "{{ salutation.closing }}",
        ),
    ),
}

#: (kind, language) → the template seeded into `letter_templates` under the name "default".
DEFAULT_TEMPLATES: dict[tuple[str, str], TemplateText] = {
    (kind, language): template
    for kind, by_language in (
        ("invitation", INVITATION),
        ("reminder", REMINDER),
        ("speaking_confirmation", SPEAKING_CONFIRMATION),
        ("waitlist_notice", WAITLIST_NOTICE),
        ("partnership_acknowledgement", PARTNERSHIP_ACKNOWLEDGEMENT),
        ("thank_you", THANK_YOU),
        ("free", FREE),
    )
    for language, template in by_language.items()
}
