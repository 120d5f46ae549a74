<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CircularDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/circular_dialog.py" line="+142"/>
        <source>Circular</source>
        <extracomment>The saved circular&apos;s id, once accepted.</extracomment>
        <translation>Циркулярное письмо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressed to</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies due by</source>
        <translation>Ответы до</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Member States</source>
        <translation>Все государства-члены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected Member States</source>
        <translation>Выбранные государства-члены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen contacts</source>
        <translation>Выбранные контакты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language versions</source>
        <translation>Языковые версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressees, as printed</source>
        <translation>Адресаты (как в письме)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: the next number of the year. Leave it, or type another.</source>
        <translation>Предлагается следующий номер за год. Оставьте его или введите другой.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contact_editor.py" line="+236"/>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact: {name}</source>
        <translation>Контакт: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach them</source>
        <translation>Как связаться</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form of address, gender</source>
        <translation>Обращение, пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as written *</source>
        <translation>Имя в оригинальном написании *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name, family name</source>
        <translation>Имя, фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Latin script</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>Уровень представительства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other e-mail</source>
        <translation>Другой адрес эл. почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Обращение в письме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the person writes it, in any script</source>
        <translation>Как пишет сам человек, любым письмом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For envelopes and sorting</source>
        <translation>Для конвертов и сортировки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name in any of the six languages, or an ISO code</source>
        <translation>Введите название на любом из шести языков или код ISO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one, or type the name of a new one</source>
        <translation>Выберите из списка или введите название новой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+41 22 730 51 11, or national with a Member State</source>
        <translation>+41 22 730 51 11 или национальный формат, если указано государство-член</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only to replace the salutation made from the form of address</source>
        <translation>Только чтобы заменить обращение, составленное по форме обращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used for grammatical agreement in letters</source>
        <translation>Используется для грамматического согласования в письмах</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no form of address)</source>
        <translation>(без обращения)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the Member State&apos;s language)</source>
        <translation>(язык государства-члена)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Add the name in Latin script for envelopes and sorting.</source>
        <translation>Добавьте имя латиницей для конвертов и сортировки.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved as {phone}</source>
        <translation>Сохранено как {phone}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Letters will be in {language}.</source>
        <translation>Письма будут на языке: {language}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new organization “{name}” will be added.</source>
        <translation>Будет добавлена новая организация «{name}».</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_model.py" line="+103"/>
        <source>Name</source>
        <extracomment>Rows read per query: a few screens, so scrolling reads rarely and each read stays short. Pages kept; older ones are read again if the view comes back to them. A full first page is counted once a view has painted it, or after this wait. After this pause with no new question, the whole ordered list of matching contacts is read in the background, so that a first jump deep into the list does not wait for it. The columns of the issue, in order; titles are read on each call so they follow the language.</extracomment>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Latin script</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form of address</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member State</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Searching contacts…</source>
        <extracomment>Columns laid out left to right in every interface language. The roles the model answers; the view asks for more (font, alignment, check state…). The `ContactRow` of a row. The contact&apos;s id. The rows of the newest query are shown (after the reset, and after `refresh`). The number of rows shown is final: at once with `answered`, or when the count arrives. Rows read for the first page and for the windows shown since, by page number. Every matching contact in order, read the first time the view goes past page 0. Each question gets a number; only the answer to the newest is shown. The page shown is full and the number of matches is being counted in the background. The count of a full first page starts once the page is painted (or on this timer). The texts of each row shown, by row number, made when first painted. How many queries were run (count, pages, key lists): for tests and the benchmark.</extracomment>
        <translation>Поиск контактов…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counting contacts…</source>
        <translation>Подсчёт контактов…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Listing contacts…</source>
        <translation>Составление списка контактов…</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>No language of their own: letters follow {state}.</source>
        <translation>Язык контакта не указан: письма — на языке переписки государства-члена ({state}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile: {phone}</source>
        <translation>Мобильный: {phone}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_page.py" line="+222"/>
        <source>Search names, positions, organizations, e-mails, phones — any script (Ctrl+F)</source>
        <extracomment>Starting widths of the columns (pixels), until the officer&apos;s own are remembered. The module of the shared export action (issue 6), used when it is installed. The dialog behind &quot;Add to invitation list&quot;; it comes with the invitations service (issue 4). Deletions that Undo can still put back, most recent last.</extracomment>
        <translation>Поиск по именам, должностям, организациям, адресам эл. почты, телефонам — любым письмом (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contact…</source>
        <translation>Новый контакт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Добавить контакт (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to invitation list…</source>
        <translation>Добавить в список приглашённых…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export selection…</source>
        <translation>Экспортировать выбранное…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the deleted contacts back (Ctrl+Z)</source>
        <translation>Вернуть удалённые контакты (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All Member States</source>
        <translation>Все государства-члены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All organization types</source>
        <translation>Все типы организаций</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Member State</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region of the Member State</source>
        <translation>Регион государства-члена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>Уровень представительства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of letters: the contact&apos;s own, else their Member State&apos;s</source>
        <translation>Язык писем: язык контакта, а если он не указан — язык его государства-члена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of organization</source>
        <translation>Тип организации</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contacts yet.

Add one with “New contact…” (Ctrl+N), or import a spreadsheet of contacts from the Import &amp; export section.</source>
        <translation>Контактов пока нет.

Добавьте контакт кнопкой «Новый контакт…» (Ctrl+N) или импортируйте таблицу контактов в разделе «Импорт и экспорт».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact matches “{search}” with these filters.</source>
        <translation>Нет контактов, соответствующих запросу «{search}» с этими фильтрами.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact matches these filters.</source>
        <translation>Нет контактов, соответствующих этим фильтрам.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Выбран %n</numerusform>
            <numerusform>Выбрано %n</numerusform>
            <numerusform>Выбрано %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create invitations for the selected contacts to an event.</source>
        <translation>Создать приглашения на мероприятие для выбранных контактов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding contacts to an invitation list arrives with the invitations feature in a later version.</source>
        <translation>Добавление контактов в список приглашённых появится вместе с функцией приглашений в одной из следующих версий.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the selected contacts to an Excel workbook.</source>
        <translation>Сохранить выбранные контакты в книгу Excel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting contacts from the window arrives in a later version.</source>
        <translation>Экспорт контактов из окна появится в одной из следующих версий.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Delete the contact “{name}”?</source>
        <translation>Удалить контакт «{name}»?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete the %n selected contact(s)?</source>
        <translation>
            <numerusform>Удалить %n выбранный контакт?</numerusform>
            <numerusform>Удалить %n выбранных контакта?</numerusform>
            <numerusform>Удалить %n выбранных контактов?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this with Ctrl+Z or the Undo button.</source>
        <translation>Это можно отменить сочетанием Ctrl+Z или кнопкой «Отменить».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete contacts</source>
        <translation>Удаление контактов</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n контакт удалён.</numerusform>
            <numerusform>%n контакта удалено.</numerusform>
            <numerusform>%n контактов удалено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>%n контакт восстановлен.</numerusform>
            <numerusform>%n контакта восстановлено.</numerusform>
            <numerusform>%n контактов восстановлено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_section.py" line="+36"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States</source>
        <translation>Государства-члены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../liaison_app/ui/dashboard/page.py" line="+266"/>
        <source>&amp;Event:</source>
        <extracomment>A figure was clicked: (section key, filter) of the list behind it. Replaceable in tests, so days left do not depend on when the tests run. Loaded when first shown or activated, once (see InvitationsPage.loaded).</extracomment>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export event report…</source>
        <translation>Экспорт отчёта о мероприятии…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save where this event stands, with its invitations, replies, speakers and partnerships, as an Excel workbook</source>
        <translation>Сохранить текущее положение дел по мероприятию (приглашения, ответы, выступающие, партнёрства) как книгу Excel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No event in this database yet. Create one in Invitations &amp; replies (New event…), or open the demo database.</source>
        <translation>В этой базе данных ещё нет мероприятий. Создайте мероприятие в разделе «Приглашения и ответы» (Новое мероприятие…) или откройте демонстрационную базу данных.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countdown</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership pipeline (each currency on its own)</source>
        <translation>Воронка партнёрств (по каждой валюте отдельно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Committed</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>invitations</source>
        <translation>приглашения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>replies ({share} % of invitations)</source>
        <translation>ответы ({share} % приглашений)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>still awaiting a reply</source>
        <translation>ещё ожидают ответа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overdue: deadline passed</source>
        <translation>просрочено: срок истёк</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delegates announced, {in_person} in person</source>
        <translation>заявленные делегаты, из них очно: {in_person}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>requests to speak</source>
        <translation>заявки на выступление</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>partners committed, {open} open</source>
        <translation>партнёры с обязательствами; в работе: {open}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invitations by status</source>
        <translation>Приглашения по статусу</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Replies by decision</source>
        <translation>Ответы по решению</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>No reply yet</source>
        <translation>Ответов пока нет</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Replies received per day</source>
        <translation>Ответы, полученные по дням</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies that day</source>
        <translation>Ответы за день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies in total</source>
        <translation>Ответы всего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline {date}</source>
        <translation>Срок: {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replies by region</source>
        <translation>Ответы по регионам</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replies by level of representation</source>
        <translation>Ответы по уровню представительства</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requests to speak by status</source>
        <translation>Заявки на выступление по статусу</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Replies to {reference}</source>
        <translation>Ответы на {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies to the invitation</source>
        <translation>Ответы на приглашение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests to speak</source>
        <translation>Заявки на выступление</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>ожидает %n</numerusform>
            <numerusform>ожидают %n</numerusform>
            <numerusform>ожидают %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../liaison_app/ui/database_commands.py" line="+33"/>
        <source>Liaison Desk database (*.sqlite3 *.db)</source>
        <translation>База данных Liaison Desk (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} already exists. To use it, choose File ▸ Open database…</source>
        <translation>{path} уже существует. Чтобы работать с ним, выберите Файл ▸ Открыть базу данных…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Creating the database…</source>
        <translation>Создание базы данных…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database was upgraded to this version of Liaison Desk. A copy of it as it was is kept in {path}.</source>
        <translation>База данных обновлена для этой версии Liaison Desk. Копия в прежнем виде сохранена в {path}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up to folder</source>
        <translation>Сохранить резервную копию в папку</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup was saved as {path}.</source>
        <translation>Резервная копия сохранена как {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the database…</source>
        <translation>Резервное копирование базы данных…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace the database {target} with the backup {backup}?

The current database will be kept beside it under a dated name.</source>
        <translation>Заменить базу данных {target} резервной копией {backup}?

Текущая база данных будет сохранена рядом под именем с датой.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait until the running task has finished, then restore.</source>
        <translation>Дождитесь завершения текущей задачи, затем выполните восстановление.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring the database…</source>
        <translation>Восстановление базы данных…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was restored. The previous database was kept as {path}.</source>
        <translation>Резервная копия восстановлена. Прежняя база данных сохранена как {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up and restore work on a database file. For a server database, use the server&apos;s own tools.</source>
        <translation>Резервное копирование и восстановление работают с файлом базы данных. Для базы данных на сервере используйте средства самого сервера.</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../liaison_app/ui/invitations/deadlines_tab.py" line="+104"/>
        <source>Deadlines (days counted in Geneva)</source>
        <extracomment>The non-repliers chosen for reminders: invitation ids, in the list&apos;s order. A deadline was double-clicked: list the invitations still waiting under it.</extracomment>
        <translation>Сроки (дни считаются по женевскому времени)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Countdown</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not replied yet</source>
        <translation>Ещё не ответили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reminder</source>
        <translation>Последнее напоминание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select non-repliers for reminders</source>
        <translation>Выбрать не ответивших для напоминаний</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selects these invitations in the Invitations tab, ready for a pack of reminder letters.</source>
        <translation>Выделяет эти приглашения на вкладке «Приглашения» для подготовки пакета писем-напоминаний.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replies to {reference}</source>
        <translation>Ответы на {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies to the invitation</source>
        <translation>Ответы на приглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests to speak</source>
        <translation>Заявки на выступление</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last day: %n hour(s) left in Geneva</source>
        <translation>
            <numerusform>Последний день: в Женеве остался %n час</numerusform>
            <numerusform>Последний день: в Женеве осталось %n часа</numerusform>
            <numerusform>Последний день: в Женеве осталось %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n invitation(s) await a reply</source>
        <translation>
            <numerusform>%n приглашение ожидает ответа</numerusform>
            <numerusform>%n приглашения ожидают ответа</numerusform>
            <numerusform>%n приглашений ожидают ответа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <location filename="../liaison_app/ui/invitations/delegation_editor.py" line="+61"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Function</source>
        <translation>Функция</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attends</source>
        <translation>Участие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>Глава</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member</source>
        <translation>Добавить члена делегации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/duplicates_page.py" line="+89"/>
        <source>Rows already known</source>
        <extracomment>Duplicates listed at most; the choice &quot;for all&quot; covers the rest.</extracomment>
        <translation>Уже известные строки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same e-mail, or the same name in the same Member State, earlier in the file or already in the database.</source>
        <translation>Тот же адрес эл. почты или то же имя в том же государстве-члене — выше в файле или уже в базе данных.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For every duplicate:</source>
        <translation>Для всех дубликатов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to all</source>
        <translation>Применить ко всем</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in the file</source>
        <translation>Имя в файле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as</source>
        <translation>Совпадает с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Because of</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skip: keep what is there</source>
        <translation>Пропустить: оставить имеющиеся данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update: the file&apos;s values replace the stored ones</source>
        <translation>Обновить: значения из файла заменяют сохранённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge: the file fills only the blanks</source>
        <translation>Объединить: файл заполняет только пустые поля</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same e-mail</source>
        <translation>тот же адрес эл. почты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same name and Member State</source>
        <translation>то же имя и государство-член</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n row(s) already known. Choose what to do with each.</source>
        <translation>
            <numerusform>%n строка уже известна. Выберите действие для каждой.</numerusform>
            <numerusform>%n строки уже известны. Выберите действие для каждой.</numerusform>
            <numerusform>%n строк уже известны. Выберите действие для каждой.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The import will do this — add: {added}, update: {updated}, merge: {merged}, skip: {skipped}, leave out with problems: {rejected}.</source>
        <translation>Импорт выполнит следующее — добавить: {added}, обновить: {updated}, объединить: {merged}, пропустить: {skipped}, исключить из-за ошибок: {rejected}.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>No duplicates: every row is new.</source>
        <translation>Дубликатов нет: все строки новые.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {number} of the file</source>
        <translation>Строка {number} файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, in the database</source>
        <translation>{name} (в базе данных)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add as a new contact</source>
        <translation>Добавить как новый контакт</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../liaison_app/ui/error_reporting.py" line="+39"/>
        <source>Something went wrong. The details were saved in {path}.</source>
        <translation>Что-то пошло не так. Подробности сохранены в {path}.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../liaison_app/ui/events/event_dialog.py" line="+80"/>
        <source>Virtual</source>
        <translation>Виртуальный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Очный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Гибридный</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>New event</source>
        <extracomment>The saved event&apos;s id, once accepted.</extracomment>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titles</source>
        <translation>Названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phases</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and signatory</source>
        <translation>Контактное лицо и подписант</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference</source>
        <translation>Краткое обозначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From – to</source>
        <translation>С – по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (ISO code)</source>
        <translation>Страна (код ISO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking requests by</source>
        <translation>Заявки на выступление до</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Minutes per speaker</source>
        <translation>Минут на выступающего</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short, without spaces: WSIS-2022</source>
        <translation>Кратко, без пробелов: WSIS-2022</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies due by</source>
        <translation>Ответы до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <comment>name of the event</comment>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a phase</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+18"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Add a session</source>
        <translation>Добавить заседание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Title</source>
        <comment>form of address of the contact person: Ms, Mr, Dr</comment>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <comment>position of the signatory: Secretary-General</comment>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>Signature image</source>
        <translation>Изображение подписи</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Choose an image…</source>
        <translation>Выбрать изображение…</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No signature image</source>
        <translation>Нет изображения подписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG or JPEG, at most 2 MB and 4000 × 4000 pixels.</source>
        <translation>PNG или JPEG, не более 2 МБ и 4000 × 4000 пикселей.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{kind}, {width} × {height} pixels</source>
        <translation>{kind}, {width} × {height} пикселей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transparent background: kept on the letters.</source>
        <translation>Прозрачный фон: сохраняется в письмах.</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../liaison_app/ui/export_action.py" line="+64"/>
        <source>Export to Excel</source>
        <extracomment>Settings key: the folder of the last export, offered again next time.</extracomment>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Exporting to {name}…</source>
        <extracomment>The ExportResult, after the workbook was written and the user told.</extracomment>
        <translation>Экспорт в {name}…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open workbook</source>
        <translation>Открыть книгу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing {name}: {done:,} of {total:,} rows…</source>
        <translation>Запись {name}: {done:,} из {total:,} строк…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {name}: {done:,} rows…</source>
        <translation>Запись {name}: строк — {done:,}…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this list as an Excel workbook</source>
        <translation>Сохранить этот список как книгу Excel</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message numerus="yes">
        <location line="-204"/>
        <source>%n row(s) exported to {name}.</source>
        <translation>
            <numerusform>%n строка экспортирована в {name}.</numerusform>
            <numerusform>%n строки экспортированы в {name}.</numerusform>
            <numerusform>%n строк экспортировано в {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/file_page.py" line="+51"/>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook (.xlsx, .xlsm) or a text file (.csv, .tsv, .txt) exported from Excel or another program.</source>
        <translation>Книга Excel (.xlsx, .xlsm) или текстовый файл (.csv, .tsv, .txt), экспортированный из Excel или другой программы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title rows above the header, blank rows and totals at the bottom are found and left out. Nothing is added to the database until the last step.</source>
        <translation>Строки заголовков над шапкой таблицы, пустые строки и итоги внизу распознаются и не импортируются. До последнего шага в базу данных ничего не добавляется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the file</source>
        <translation>Путь к файлу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation>Таблицы ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such file.</source>
        <translation>Такого файла нет.</translation>
    </message>
</context>
<context>
    <name>FollowUpsWidget</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/partnerships/follow_ups_widget.py" line="+158"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Follow up on</source>
        <translation>Дата контакта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Просрочено (%n)</numerusform>
            <numerusform>Просрочено (%n)</numerusform>
            <numerusform>Просрочено (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due today (%n)</source>
        <translation>
            <numerusform>Сегодня (%n)</numerusform>
            <numerusform>Сегодня (%n)</numerusform>
            <numerusform>Сегодня (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Next %1 days (%n)</source>
        <translation>
            <numerusform>Ближайшие %1 дн. (%n)</numerusform>
            <numerusform>Ближайшие %1 дн. (%n)</numerusform>
            <numerusform>Ближайшие %1 дн. (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open, with no follow-up date (%n)</source>
        <translation>
            <numerusform>Открытые, без даты контакта (%n)</numerusform>
            <numerusform>Открытые, без даты контакта (%n)</numerusform>
            <numerusform>Открытые, без даты контакта (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../liaison_app/ui/invitations/history_panel.py" line="+48"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an invitation to see what happened to it.</source>
        <translation>Выберите приглашение, чтобы увидеть его историю.</translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/import_page.py" line="+91"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated or merged</source>
        <translation>Обновлено или объединено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Import contact lists from Excel workbooks or CSV and text files, in any of the six languages. Every import can be undone as a whole.</source>
        <translation>Импорт списков контактов из книг Excel, файлов CSV и текстовых файлов на любом из шести языков. Любой импорт можно отменить целиком.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import contacts…</source>
        <translation>Импортировать контакты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export contacts to Excel…</source>
        <translation>Экспортировать контакты в Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past imports</source>
        <translation>Выполненные импорты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No import yet.</source>
        <translation>Импорта ещё не было.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this import…</source>
        <translation>Отменить этот импорт…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Undo this import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the import of {name} ({when})? The {added} contacts it added are removed and the fields it changed are put back, unless changed again since.</source>
        <translation>Отменить импорт файла {name} ({when})? Добавленные им контакты ({added}) будут удалены, а изменённые им поля — восстановлены, если с тех пор их не меняли.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import of {name} was undone: {removed} contacts removed, {reverted} fields put back.</source>
        <translation>Импорт файла {name} отменён: удалено контактов — {removed}, восстановлено полей — {reverted}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/wizard.py" line="+94"/>
        <source>Import contacts</source>
        <extracomment>Checked rows; None when a choice made them stale (they are checked again). The officer&apos;s choice for each duplicate, by row number.</extracomment>
        <translation>Импорт контактов</translation>
    </message>
</context>
<context>
    <name>InquiryCard</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/board.py" line="+132"/>
        <source>No package chosen</source>
        <translation>Пакет не выбран</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package&apos;s amount: the inquiry has no amount of its own yet.</source>
        <translation>Сумма пакета: у запроса пока нет собственной суммы.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Follow up: %1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>Контакт: %1 (просрочено на %n день)</numerusform>
            <numerusform>Контакт: %1 (просрочено на %n дня)</numerusform>
            <numerusform>Контакт: %1 (просрочено на %n дней)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow up: today</source>
        <translation>Контакт: сегодня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up: %1</source>
        <translation>Контакт: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next follow-up: %1</source>
        <translation>Следующий контакт: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up date</source>
        <translation>Нет даты контакта</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/inquiry_editor.py" line="+183"/>
        <source>(sold out)</source>
        <translation>(распродано)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1, the package&apos;s amount</source>
        <translation>%1 — сумма пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New inquiry</source>
        <translation>Новый запрос</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit inquiry</source>
        <translation>Изменение запроса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Package of interest:</source>
        <translation>&amp;Интересующий пакет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Came in by:</source>
        <translation>&amp;Способ обращения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Дата получения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;follow-up:</source>
        <translation>Сл&amp;едующий контакт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose from the directory or type the name</source>
        <translation>Выберите из справочника или введите название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None chosen yet</source>
        <translation>Пока не выбран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHF</source>
        <translation>CHF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Задать</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a contact from the directory, or leave this empty.</source>
        <translation>Выберите контакт из справочника или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>InquiryTableModel</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/table_model.py" line="+100"/>
        <source>Organization</source>
        <extracomment>Any of these stages (the dashboard&apos;s &quot;open&quot; or &quot;committed&quot;); empty means any stage.</extracomment>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>Следующий контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage since</source>
        <translation>Этап с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The package&apos;s amount: the inquiry has no amount of its own yet.</source>
        <translation>Сумма пакета: у запроса пока нет собственной суммы.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationDisplay</name>
    <message>
        <location filename="../liaison_app/ui/invitations/display.py" line="+59"/>
        <source>Not stated</source>
        <extracomment>First-strong isolate: a date or a reference keeps its own order inside Arabic text. One colour per status, shared by the table and the dashboard (readable on light and dark).</extracomment>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Member State</source>
        <translation>Без государства-члена</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Остался %n день</numerusform>
            <numerusform>Осталось %n дня</numerusform>
            <numerusform>Осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged on</source>
        <translation>Дата подтверждения получения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders sent</source>
        <translation>Напоминаний отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reminder</source>
        <translation>Последнее напоминание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>Уровень представительства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>Полномочия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials signed by</source>
        <translation>Полномочия подписаны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials dated</source>
        <translation>Дата полномочий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>head of delegation</source>
        <translation>глава делегации</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invitation recorded</source>
        <translation>Приглашение зарегистрировано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation deleted</source>
        <translation>Приглашение удалено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply logged</source>
        <translation>Ответ зарегистрирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deleted</source>
        <translation>Ответ удалён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply created</source>
        <translation>Ответ создан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply deleted: {summary}</source>
        <translation>Ответ удалён: {summary}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File attached: {name}</source>
        <translation>Приложен файл: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachment removed: {name}</source>
        <translation>Вложение удалено: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}:
{old}
→
{new}</source>
        <translation>{field}:
{old}
→
{new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reply deadline passed without a reply.</source>
        <translation>Срок ответа истёк, ответ не получен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply deadline was moved: the invitation is waiting again.</source>
        <translation>Срок ответа перенесён: приглашение снова ожидает ответа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply was deleted.</source>
        <translation>Ответ удалён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder sent.</source>
        <translation>Напоминание отправлено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the record: it was written before the audit trail.</source>
        <translation>Из записи: сделано до ведения журнала изменений.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Second source of the reply</source>
        <translation>Второй источник ответа</translation>
    </message>
</context>
<context>
    <name>InvitationTableModel</name>
    <message>
        <location filename="../liaison_app/ui/invitations/table_model.py" line="+74"/>
        <source>Addressee</source>
        <extracomment>The row&apos;s InvitationRow. Replaceable in tests, so &quot;days left&quot; does not depend on when the tests run.</extracomment>
        <translation>Адресат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circular</source>
        <translation>Циркулярное письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply received</source>
        <translation>Ответ получен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Head of delegation: {name}</source>
        <translation>Глава делегации: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) make up this reply</source>
        <translation>
            <numerusform>Ответ составлен из %n источника</numerusform>
            <numerusform>Ответ составлен из %n источников</numerusform>
            <numerusform>Ответ составлен из %n источников</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reminder: {date}</source>
        <translation>Последнее напоминание: {date}</translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <location filename="../liaison_app/ui/invitations/page.py" line="+327"/>
        <source>Put back what was deleted last (Ctrl+Z)</source>
        <extracomment>The officer selected non-repliers for reminders: (event reference, invitation ids). Replaceable in tests, so deadlines do not depend on when the tests run. The part of the filter the bar above the table cannot show (set by the dashboard). Loaded when first shown (or refreshed), not when built: the window builds a page and then activates it, and the first load should happen once.</extracomment>
        <translation>Вернуть последнее удалённое (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit event…</source>
        <translation>Изменить мероприятие…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no event yet: create one with New event… to start inviting.</source>
        <translation>Мероприятий пока нет: чтобы начать рассылку приглашений, создайте мероприятие кнопкой «Новое мероприятие…».</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Invitations</source>
        <translation>Приглашения</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Circulars</source>
        <translation>Циркулярные письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines and reminders</source>
        <translation>Сроки и напоминания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Circular</source>
        <translation>Циркулярное письмо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search Member States, people, notes…</source>
        <translation>Поиск по государствам-членам, людям, примечаниям…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite…</source>
        <translation>Пригласить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite Member States or contacts; those already invited are left as they are</source>
        <translation>Пригласить государства-члены или контакты; уже приглашённые остаются без изменений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+324"/>
        <source>Log reply…</source>
        <translation>Зарегистрировать ответ…</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Second source…</source>
        <translation>Второй источник…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same reply came again (a signed letter after the online form)</source>
        <translation>Тот же ответ пришёл повторно (подписанное письмо после онлайн-формы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply from a Member State…</source>
        <translation>Ответ от государства-члена…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder sent</source>
        <translation>Напоминание отправлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count a reminder sent today to each selected invitation</source>
        <translation>Учесть напоминание, отправленное сегодня, для каждого выбранного приглашения</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New circular…</source>
        <translation>Новое циркулярное письмо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show its invitations</source>
        <translation>Показать его приглашения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Next reference: {reference}</source>
        <translation>Следующий номер: {reference}</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Showing {shown} of %n invitation(s)</source>
        <translation>
            <numerusform>Показано {shown} из %n приглашения</numerusform>
            <numerusform>Показано {shown} из %n приглашений</numerusform>
            <numerusform>Показано {shown} из %n приглашений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>waiting for a reply</source>
        <translation>ожидающие ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>просроченные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a reply</source>
        <translation>с ответом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without a reply</source>
        <translation>без ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent without a circular</source>
        <translation>отправленные без циркулярного письма</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decision: {values}</source>
        <translation>решение: {values}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>level: {values}</source>
        <translation>уровень: {values}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reply received on {date}</source>
        <translation>ответ получен {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n chosen invitation(s)</source>
        <translation>
            <numerusform>выбранные (%n)</numerusform>
            <numerusform>выбранные (%n)</numerusform>
            <numerusform>выбранные (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only invitations: {what}</source>
        <translation>Только приглашения: {what}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Correct reply…</source>
        <translation>Исправить ответ…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n invitation(s) recorded.</source>
        <translation>
            <numerusform>Зарегистрировано %n приглашение.</numerusform>
            <numerusform>Зарегистрировано %n приглашения.</numerusform>
            <numerusform>Зарегистрировано %n приглашений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n addressee(s) had already been invited and were left as they are.</source>
        <translation>
            <numerusform>%n адресат уже был приглашён; его приглашение оставлено без изменений.</numerusform>
            <numerusform>%n адресата уже были приглашены; их приглашения оставлены без изменений.</numerusform>
            <numerusform>%n адресатов уже были приглашены; их приглашения оставлены без изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n invitation(s) changed.</source>
        <translation>
            <numerusform>Изменено %n приглашение.</numerusform>
            <numerusform>Изменено %n приглашения.</numerusform>
            <numerusform>Изменено %n приглашений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not changed:</source>
        <translation>
            <numerusform>Не изменены (%n):</numerusform>
            <numerusform>Не изменены (%n):</numerusform>
            <numerusform>Не изменены (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Delete invitations</source>
        <translation>Удаление приглашений</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n invitation(s)? Use this for invitations recorded by mistake; the deletion stays in the history.</source>
        <translation>
            <numerusform>Удалить %n приглашение? Используйте это для приглашений, зарегистрированных по ошибке; удаление сохранится в истории.</numerusform>
            <numerusform>Удалить %n приглашения? Используйте это для приглашений, зарегистрированных по ошибке; удаление сохранится в истории.</numerusform>
            <numerusform>Удалить %n приглашений? Используйте это для приглашений, зарегистрированных по ошибке; удаление сохранится в истории.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n invitation(s) deleted.</source>
        <translation>
            <numerusform>%n приглашение удалено.</numerusform>
            <numerusform>%n приглашения удалено.</numerusform>
            <numerusform>%n приглашений удалено.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Circular {reference} deleted.</source>
        <translation>Циркуляр {reference} удалён.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deletion undone.</source>
        <translation>Удаление отменено.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/invite_dialog.py" line="+225"/>
        <source>Invite</source>
        <extracomment>How many contacts a search lists at once; typing more narrows it.</extracomment>
        <translation>Приглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No circular: the event itself</source>
        <translation>Без циркулярного письма: само мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States</source>
        <translation>Государства-члены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Member States</source>
        <translation>Все государства-члены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Member States of these regions:</source>
        <translation>Государства-члены из этих регионов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States chosen one by one:</source>
        <translation>Государства-члены, выбранные по одному:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a Member State…</source>
        <translation>Найти государство-член…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a contact by name, organization…</source>
        <translation>Найти контакт по имени, организации…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record as sent on</source>
        <translation>Зарегистрировать как отправленные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: the invitations are recorded as drafts.</source>
        <translation>Если флажок снят, приглашения регистрируются как черновики.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, kept with each invitation</source>
        <translation>Необязательно; сохраняется с каждым приглашением</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>already invited</source>
        <translation>приглашение уже есть</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n new invitation(s)</source>
        <translation>
            <numerusform>%n новое приглашение</numerusform>
            <numerusform>%n новых приглашения</numerusform>
            <numerusform>%n новых приглашений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already invited, left as they are</source>
        <translation>
            <numerusform>уже приглашены: %n (без изменений)</numerusform>
            <numerusform>уже приглашены: %n (без изменений)</numerusform>
            <numerusform>уже приглашены: %n (без изменений)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) chosen</source>
        <translation>
            <numerusform>Выбран %n контакт</numerusform>
            <numerusform>Выбрано %n контакта</numerusform>
            <numerusform>Выбрано %n контактов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../liaison_app/ui/template_editor.py" line="+54"/>
        <source>Invitation</source>
        <extracomment>Milliseconds of quiet typing before the preview is rendered again.</extracomment>
        <translation>Приглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking-slot confirmation</source>
        <translation>Подтверждение выступления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting-list notice</source>
        <translation>Уведомление о листе ожидания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership acknowledgement</source>
        <translation>Подтверждение партнёрства</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank-you letter</source>
        <translation>Благодарственное письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free letter</source>
        <translation>Письмо в свободной форме</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../liaison_app/ui/letters_page.py" line="+68"/>
        <source>Save the pack of letters</source>
        <extracomment>Settings key: the folder of the last pack, offered again next time.</extracomment>
        <translation>Сохранение пакета писем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Event</source>
        <extracomment>A pack finished (its report), was cancelled (None) or failed: tests wait on it.</extracomment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a pack</source>
        <translation>Подготовка пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register of letters</source>
        <translation>Реестр писем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of letter</source>
        <translation>Вид письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the letters</source>
        <translation>Язык писем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start each letter on a new sheet (two-sided printing)</source>
        <translation>Начинать каждое письмо с нового листа (двусторонняя печать)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an English courtesy copy after each letter in another language</source>
        <translation>Добавлять после каждого письма на другом языке информационную копию на английском языке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save each letter as its own PDF</source>
        <translation>Также сохранить каждое письмо отдельным файлом PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ни одного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate pack…</source>
        <translation>Подготовить пакет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack appears here once generated.</source>
        <translation>Пакет появится здесь после подготовки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a letter to see it.</source>
        <translation>Выберите письмо, чтобы просмотреть его.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each recipient&apos;s language</source>
        <translation>Язык каждого получателя</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Protocol order</source>
        <translation>Протокольный порядок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Member State name</source>
        <translation>По названию государства-члена</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no event in this database yet.</source>
        <translation>В этой базе данных ещё нет мероприятий.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No one is to receive a letter of this kind for this event.</source>
        <translation>Для этого мероприятия нет получателей писем этого вида.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tick at least one recipient.</source>
        <translation>Отметьте хотя бы одного получателя.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Composing the letters…</source>
        <translation>Составление писем…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the files…</source>
        <translation>Запись файлов…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Generating the pack of letters…</source>
        <translation>Подготовка пакета писем…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{letters} letters, {pages} pages: {path}</source>
        <translation>Писем: {letters}, страниц: {pages}: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each letter is also in {folder}</source>
        <translation>Каждое письмо также сохранено в папке {folder}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The pack could not be made; the details are in the log file.</source>
        <translation>Не удалось подготовить пакет; подробности — в файле журнала.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: no letter was written or registered.</source>
        <translation>Отменено: ни одно письмо не записано и не зарегистрировано.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file of this letter is not there any more.</source>
        <translation>Файла этого письма больше нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the file is the one registered (SHA-256 matches).</source>
        <translation>{path}: файл совпадает с зарегистрированным (SHA-256 совпадает).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the file has changed since it was registered.</source>
        <translation>{path}: файл изменился после регистрации.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../liaison_app/ui/main_window.py" line="+167"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database file</source>
        <translation>Создать пустой файл базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on another database file</source>
        <translation>Работать с другим файлом базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up…</source>
        <translation>Резервное &amp;копирование…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the database in a folder</source>
        <translation>Сохранить копию базы данных в папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the database with a backup; the current one is kept</source>
        <translation>Заменить базу данных резервной копией; текущая сохраняется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Liaison Desk</source>
        <translation>&amp;О программе Liaison Desk</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About Liaison Desk</source>
        <translation>О программе Liaison Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Liaison Desk {version}&lt;/h3&gt;&lt;p&gt;Invitations to Member States, replies, delegations, speaking slots, partnership inquiries and packs of signed letters, for the liaison office of a conference secretariat.&lt;/p&gt;&lt;p&gt;Works offline; your data stay in the database file you choose.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison Desk {version}&lt;/h3&gt;&lt;p&gt;Приглашения государствам-членам, ответы, делегации, выступления, запросы о партнёрстве и пакеты подписанных писем — для отдела связи секретариата конференции.&lt;/p&gt;&lt;p&gt;Работает без подключения к сети; ваши данные хранятся в выбранном вами файле базы данных.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/mapping_page.py" line="+116"/>
        <source>Say which column holds what</source>
        <extracomment>Example values shown for each column.</extracomment>
        <translation>Укажите, что содержится в каждом столбце</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the headers, in any of the six languages. Change any column; columns left out are not imported.</source>
        <translation>Предложено по заголовкам на любом из шести языков. Можно изменить любой столбец; исключённые столбцы не импортируются.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column of the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split a full name into form of address, given and family names (“H.E. Mr José PÉREZ”)</source>
        <translation>Разделять полное имя на обращение, имя и фамилию («H.E. Mr José PÉREZ»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved mappings:</source>
        <translation>Сохранённые сопоставления:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping as…</source>
        <translation>Сохранить это сопоставление как…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State of rows that name none:</source>
        <translation>Государство-член для строк, где оно не указано:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: any name or ISO code</source>
        <translation>Необязательно: любое название или код ISO</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>(leave out)</source>
        <translation>(не импортировать)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the column that holds the names (Full name, or Given and Family name): a contact cannot be imported without one.</source>
        <translation>Выберите столбец с именами (полное имя или имя и фамилия): без имени контакт импортировать нельзя.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save mapping</source>
        <translation>Сохранение сопоставления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this mapping (to use it again for files with the same headers):</source>
        <translation>Название сопоставления (чтобы повторно использовать его для файлов с такими же заголовками):</translation>
    </message>
</context>
<context>
    <name>MemberStateEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_state_editor.py" line="+143"/>
        <source>Member State: {name}</source>
        <translation>Государство-член: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 3166 codes: {alpha2} · {alpha3}</source>
        <translation>Коды ISO 3166: {alpha2} · {alpha3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>Formal name</source>
        <translation>Официальное название</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Subregion</source>
        <translation>Субрегион</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Language of correspondence</source>
        <translation>Язык переписки</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Member of the organization</source>
        <translation>Член организации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters go in this language when a contact has no language of their own.</source>
        <translation>Письма отправляются на этом языке, если у контакта не указан свой язык.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Each language needs a short and a formal name; missing in: {languages}.</source>
        <translation>Для каждого языка нужны краткое и официальное названия; не хватает для: {languages}.</translation>
    </message>
</context>
<context>
    <name>MemberStateField</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_state_field.py" line="+62"/>
        <source>“{text}” may be {names}: choose one.</source>
        <extracomment>How many completions the popup offers. The state now named (a MemberStateEntry), or None.</extracomment>
        <translation>«{text}» может означать {names}: выберите одно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Member State is called “{text}”.</source>
        <translation>Нет государства-члена с названием «{text}».</translation>
    </message>
</context>
<context>
    <name>MemberStatesPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_states_page.py" line="+93"/>
        <source>ISO code</source>
        <extracomment>Every name and code, folded, for the search box.</extracomment>
        <translation>Код ISO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formal name</source>
        <translation>Официальное название</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of correspondence</source>
        <translation>Язык переписки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Search by name in any of the six languages, or ISO code</source>
        <translation>Поиск по названию на любом из шести языков или по коду ISO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n Member State(s)</source>
        <translation>
            <numerusform>%n государство-член</numerusform>
            <numerusform>%n государства-члена</numerusform>
            <numerusform>%n государств-членов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/move_dialog.py" line="+71"/>
        <source>Move a speaker</source>
        <translation>Перемещение выступающего</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where should %1 (%2) speak?</source>
        <translation>Где выступит %1 (%2)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waitlist</source>
        <translation>Лист ожидания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session</source>
        <translation>&amp;Заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;lot</source>
        <translation>&amp;Место</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/organization_editor.py" line="+133"/>
        <source>New organization</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: {name}</source>
        <translation>Организация: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name as written *</source>
        <translation>Название в оригинальном написании *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Latin script</source>
        <translation>Название латиницей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a name in any of the six languages, or an ISO code</source>
        <translation>Введите название на любом из шести языков или код ISO</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A name is required.</source>
        <translation>Название обязательно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too long: at most {limit} characters.</source>
        <translation>Слишком длинно: не более {limit} символов.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as {phone}</source>
        <translation>Сохранено как {phone}</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/organizations_page.py" line="+105"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Latin script</source>
        <translation>Название латиницей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member State</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Search by name, acronym, e-mail or Member State</source>
        <extracomment>Deletions that Undo can still put back, most recent last.</extracomment>
        <translation>Поиск по названию, сокращению, адресу эл. почты или государству-члену</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New organization…</source>
        <translation>Новая организация…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the deleted organization back (Ctrl+Z)</source>
        <translation>Вернуть удалённую организацию (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No organization yet. Add one with “New organization…”, or import a contact list: its ministries and missions are added with the people.</source>
        <translation>Организаций пока нет. Добавьте организацию кнопкой «Новая организация…» или импортируйте список контактов: министерства и представительства будут добавлены вместе с людьми.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n организация</numerusform>
            <numerusform>%n организации</numerusform>
            <numerusform>%n организаций</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete the organization “{name}”?</source>
        <translation>Удалить организацию «{name}»?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) will keep their details but no longer belong to it.</source>
        <translation>
            <numerusform>%n контакт сохранит свои данные, но больше не будет относиться к ней.</numerusform>
            <numerusform>%n контакта сохранят свои данные, но больше не будут относиться к ней.</numerusform>
            <numerusform>%n контактов сохранят свои данные, но больше не будут относиться к ней.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete organization</source>
        <translation>Удаление организации</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” deleted.</source>
        <translation>Организация «{name}» удалена.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{name}” restored.</source>
        <translation>Организация «{name}» восстановлена.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/package_editor.py" line="+159"/>
        <source>New package</source>
        <translation>Новый пакет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit package</source>
        <translation>Изменение пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier (1 highest):</source>
        <translation>&amp;Уровень (1 — высший):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Places:</source>
        <translation>Количество &amp;мест:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and benefits:</source>
        <translation>Название и преимущества:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limited to</source>
        <translation>Не более</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example PLAT</source>
        <translation>Например, PLAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benefits:</source>
        <translation>&amp;Преимущества:</translation>
    </message>
</context>
<context>
    <name>PackageTableModel</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/packages_model.py" line="+66"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Мест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed</source>
        <translation>Занято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still available</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefits</source>
        <translation>Преимущества</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>No limit</source>
        <translation>Без ограничений</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sold out</source>
        <translation>Распродано</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/page.py" line="+356"/>
        <source>&amp;Event:</source>
        <extracomment>Stages asked for by a dashboard link that are neither one stage nor a group offered.</extracomment>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New inquiry</source>
        <translation>Новый запрос</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a new inquiry (%1)</source>
        <translation>Зарегистрировать новый запрос (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen inquiry (Enter)</source>
        <translation>Изменить выбранный запрос (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the chosen inquiry (Delete); it can be undone</source>
        <translation>Удалить выбранный запрос (Delete); удаление можно отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New package</source>
        <translation>Новый пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates…</source>
        <translation>Курсы валют…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give exchange rates to see the whole pipeline in one currency</source>
        <translation>Укажите курсы валют, чтобы видеть всю воронку в одной валюте</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no event in this database yet. Packages and inquiries belong to an event: create the event first (the demo database has the WSIS Forum 2022).</source>
        <translation>В этой базе данных ещё нет мероприятий. Пакеты и запросы относятся к мероприятию: сначала создайте мероприятие (в демонстрационной базе данных есть Форум ВВУИО 2022 года).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Следующие контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue follow-ups only</source>
        <translation>Только просроченные контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search organization, contact, package, notes</source>
        <translation>Поиск по организации, контакту, пакету, примечаниям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit package</source>
        <translation>Изменить пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete package</source>
        <translation>Удалить пакет</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open: not yet committed</source>
        <translation>В работе: обязательств ещё нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed, signed or paid</source>
        <translation>С обязательствами, подписанные или оплаченные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All packages</source>
        <translation>Все пакеты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No package</source>
        <translation>Без пакета</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 of %n inquiries</source>
        <translation>
            <numerusform>%1 из %n запроса</numerusform>
            <numerusform>%1 из %n запросов</numerusform>
            <numerusform>%1 из %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Prospects:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Перспективные:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Committed or paid:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;С обязательствами или оплаченные:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;All in %1 at your rates:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Всё в %1 по вашим курсам:&lt;/b&gt; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n просроченный контакт</numerusform>
            <numerusform>%n просроченных контакта</numerusform>
            <numerusform>%n просроченных контактов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete the inquiry</source>
        <translation>Удаление запроса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the inquiry from {organization}? You can undo this right after.</source>
        <translation>Удалить запрос от организации «{organization}»? Сразу после этого удаление можно отменить.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The inquiry from {organization} was deleted.</source>
        <translation>Запрос от организации «{organization}» удалён.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to</source>
        <translation>Перевести на этап</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (asks first)</source>
        <translation>%1 (с подтверждением)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopen…</source>
        <translation>Возобновить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete the package</source>
        <translation>Удаление пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the package {package}?</source>
        <translation>Удалить пакет «{package}»?</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../liaison_app/ui/pdf_preview.py" line="+111"/>
        <source>This PDF cannot be shown.</source>
        <extracomment>Resolution of the page images sent to the printer. The document loaded and is being painted (page count known).</extracomment>
        <translation>Этот PDF-файл невозможно показать.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No printer is installed on this computer. Save the PDF and print it from a computer with a printer, or install one and try again.</source>
        <translation>На этом компьютере не установлен принтер. Сохраните PDF-файл и распечатайте его на компьютере с принтером или установите принтер и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/chart.py" line="+60"/>
        <source>Pipeline value by stage: one bar per currency, never added up</source>
        <translation>Объём воронки по этапам: отдельный столбец для каждой валюты, без суммирования</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All currencies in %1, at your rates</source>
        <translation>Все валюты в %1 по вашим курсам</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No amounts yet: the chart fills as inquiries get amounts.</source>
        <translation>Сумм пока нет: диаграмма заполнится, когда у запросов появятся суммы.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../liaison_app/ui/pages/placeholder.py" line="+80"/>
        <source>{section}: this part of Liaison Desk is not available yet. It will arrive in a later version.</source>
        <translation>{section}: этот раздел Liaison Desk пока недоступен. Он появится в одной из следующих версий.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/small_dialogs.py" line="+77"/>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amounts in different currencies are never added together on their own. Give today&apos;s rates to see the whole pipeline in one currency; they are used for this view only.</source>
        <translation>Суммы в разных валютах сами по себе никогда не складываются. Укажите сегодняшние курсы, чтобы видеть всю воронку в одной валюте; они используются только для этого представления.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show in:</source>
        <translation>&amp;Показать в:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>1 %1 = … %2</source>
        <translation>1 %1 = … %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the currency to show the pipeline in.</source>
        <translation>Выберите валюту, в которой показывать воронку.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/reason_dialog.py" line="+34"/>
        <source>For example: the Minister arrives in Geneva on 1 June (e-mail of 20 April).</source>
        <translation>Например: министр прибывает в Женеву 1 июня (письмо по эл. почте от 20 апреля).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reason is kept with the change and shown when someone asks why.</source>
        <translation>Причина сохраняется вместе с изменением и показывается, когда кто-то спрашивает почему.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../liaison_app/ui/letters_page.py" line="-469"/>
        <source>Generated</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/small_dialogs.py" line="-115"/>
        <source>Reopen the inquiry</source>
        <translation>Возобновление запроса</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example: the payment was returned</source>
        <translation>Например: платёж был возвращён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{organization} will be worked on again from the stage you choose.</source>
        <translation>Работа с организацией «{organization}» возобновится с выбранного вами этапа.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to &amp;stage:</source>
        <translation>Вернуть на &amp;этап:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/reply_dialog.py" line="+251"/>
        <source>Log a reply</source>
        <extracomment>A first reply to an invitation. The same reply arrived again (letter after the online form): merged into the one reply. Correcting the reply as a whole. A reply from a Member State chosen in the dialog, invited or not. What the save did (ReplyLogged), once accepted.</extracomment>
        <translation>Регистрация ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a second source of the reply</source>
        <translation>Добавление второго источника ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the reply</source>
        <translation>Исправление ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a reply from a Member State</source>
        <translation>Регистрация ответа от государства-члена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member State</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>Способ получения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>Уровень представительства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their reference</source>
        <translation>Их исходящий номер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note verbale number, form entry…</source>
        <translation>Номер вербальной ноты, запись онлайн-формы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the Member State</source>
        <translation>Начните вводить название государства-члена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>Полномочия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed by</source>
        <translation>Подписаны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dated</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>от</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>Приложенные файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files…</source>
        <translation>Приложить файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply to {reference}</source>
        <translation>Ответ на {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{addressee} — invitation sent on {date}</source>
        <translation>{addressee} — приглашение отправлено {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This source is merged into the reply already logged: the latest word decides, the strongest credentials are kept.</source>
        <translation>Этот источник объединяется с уже зарегистрированным ответом: решающим считается последнее сообщение, из полномочий сохраняется более весомый вид.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Arrived as: {sources}</source>
        <translation>Получен как: {sources}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Attach files to the reply</source>
        <translation>Приложить файлы к ответу</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose the Member State the reply comes from.</source>
        <translation>Выберите государство-член, от которого получен ответ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not invited</source>
        <translation>Не приглашено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} was not invited by {reference}. Record the invitation (as sent with the circular) and log this reply?</source>
        <translation>Государство-член {state} не приглашено ({reference}). Зарегистрировать приглашение (как отправленное вместе с циркулярным письмом) и этот ответ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this event</source>
        <translation>это мероприятие</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/request_editor.py" line="+170"/>
        <source>Speaking request</source>
        <translation>Заявка на выступление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the &amp;reply of</source>
        <translation>По &amp;ответу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none: entered by hand)</source>
        <translation>(нет: введено вручную)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speaker</source>
        <translation>&amp;Выступающий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title or position</source>
        <translation>&amp;Звание или должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level of representation</source>
        <translation>&amp;Уровень представительства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participation</source>
        <translation>&amp;Формат участия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on</source>
        <translation>&amp;Получено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the request reached the Secretariat, to the minute: within a level, the first received speaks first.</source>
        <translation>Когда заявка поступила в Секретариат, с точностью до минуты: в пределах одного уровня первым выступает тот, чья заявка получена раньше.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Channel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;1st preference</source>
        <translation>&amp;1-й выбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2nd preference</source>
        <translation>&amp;2-й выбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3rd preference</source>
        <translation>&amp;3-й выбор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes</source>
        <translation>Пр&amp;имечания</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <location filename="../liaison_app/ui/speaking/requests_model.py" line="+159"/>
        <source>Status</source>
        <extracomment>Any of these statuses (a dashboard link may name several); empty means any status.</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waitlist %1</source>
        <translation>лист ожидания, № %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Placed by hand: %1</source>
        <translation>Размещено вручную: %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/run_page.py" line="+61"/>
        <source>Importing</source>
        <extracomment>Called once when a running import ends, however it ends (the wizard closes then).</extracomment>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is written in one go: if you cancel, nothing is added or changed.</source>
        <translation>Всё записывается за один раз: если отменить импорт, ничего не будет добавлено или изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the summary</source>
        <translation>Показать итоги</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing the rows of {name}…</source>
        <translation>Импорт строк из {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing contacts…</source>
        <translation>Импорт контактов…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing: {done} of {total} contacts written…</source>
        <translation>Импорт: записано контактов — {done} из {total}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The import was cancelled: nothing was added or changed.</source>
        <translation>Импорт отменён: ничего не добавлено и не изменено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import failed and nothing was changed. The details were saved in the log.</source>
        <translation>Импорт не удался, ничего не изменено. Подробности сохранены в журнале.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../liaison_app/ui/sections.py" line="+56"/>
        <source>Dashboard</source>
        <extracomment>Name of the SVG in ui/icons/ (without .svg). Sidebar order; Ctrl+1 … Ctrl+7 follow it.</extracomment>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations &amp; replies</source>
        <translation>Приглашения и ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking slots</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnerships</source>
        <translation>Партнёрства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp; export</source>
        <translation>Импорт и экспорт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It will show, for each event, how many invitations were sent, how many replies came back, who is still to answer and which deadlines are near.</source>
        <translation>Здесь будет видно по каждому мероприятию, сколько приглашений отправлено, сколько ответов получено, кто ещё не ответил и какие сроки подходят.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will list ministries, permanent missions and their people, with forms of address, positions and preferred languages, and let you search and edit them.</source>
        <translation>Здесь будут министерства, постоянные представительства и их сотрудники — с формами обращения, должностями и предпочитаемыми языками, с поиском и редактированием.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will follow each circular to the Member States: when it was sent, by which channel, and the reply that came back with its delegation.</source>
        <translation>Здесь будет отслеживаться каждое циркулярное письмо государствам-членам: когда и каким способом оно отправлено, какой пришёл ответ и в каком составе делегация.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will take speaking requests and allocate the slots of each session in protocol order, in person before remote.</source>
        <translation>Здесь будут приниматься заявки на выступления и распределяться время на каждом заседании в протокольном порядке: очные выступления раньше дистанционных.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will follow partnership inquiries from first contact to signed agreement and payment, with amounts and follow-up dates.</source>
        <translation>Здесь будут отслеживаться запросы о партнёрстве — от первого контакта до подписания соглашения и оплаты, с суммами и датами следующих шагов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will generate letters in the recipient&apos;s language from templates and print packs of signed letters, each one registered.</source>
        <translation>Здесь письма будут составляться по шаблонам на языке адресата и печататься пакетами подписанных писем, каждое с регистрацией.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will import contact lists from Excel or CSV files and export lists and event reports to Excel workbooks.</source>
        <translation>Здесь можно будет импортировать списки контактов из файлов Excel или CSV и экспортировать списки и отчёты о мероприятиях в книги Excel.</translation>
    </message>
</context>
<context>
    <name>SessionLane</name>
    <message>
        <location filename="../liaison_app/ui/speaking/scheduler.py" line="+334"/>
        <source>Waitlist</source>
        <translation>Лист ожидания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In order: the first moves up when a slot frees.</source>
        <translation>По порядку: когда освобождается место, его занимает первый в листе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting.</source>
        <translation>Никто не ожидает.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>in person only</source>
        <translation>только очно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remote only</source>
        <translation>только дистанционно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>takes no speakers</source>
        <translation>без выступающих</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speaker yet: drop one here.</source>
        <translation>Выступающих пока нет: перетащите выступающего сюда.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 speakers for %2 slots of %3 minutes</source>
        <translation>Выступающих: %1; мест: %2 по %3 мин.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/source_page.py" line="+99"/>
        <source>Check how the file is read</source>
        <translation>Проверьте, как читается файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preview changes as you choose. The header row is in bold; grey rows are titles or totals and are not imported.</source>
        <translation>Предварительный просмотр меняется по мере выбора. Строка заголовков выделена полужирным; серые строки — заголовки или итоги, они не импортируются.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the selected row as the header</source>
        <translation>Сделать выбранную строку строкой заголовков</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+18"/>
        <source>Detected</source>
        <translation>Определена автоматически</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Detected: {encoding}</source>
        <translation>Определена: {encoding}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comma  ,</source>
        <translation>Запятая  ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon  ;</source>
        <translation>Точка с запятой  ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar  |</source>
        <translation>Вертикальная черта  |</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This file could not be read. The details were saved in the log.</source>
        <translation>Не удалось прочитать этот файл. Подробности сохранены в журнале.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{rows} rows below the header, {columns} columns.</source>
        <translation>Строк под заголовками: {rows}, столбцов: {columns}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header is row {number}.</source>
        <translation>Строка заголовков: {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out as totals or notes: rows {numbers}.</source>
        <translation>Исключены как итоги или примечания строки: {numbers}.</translation>
    </message>
</context>
<context>
    <name>SpeakerCard</name>
    <message>
        <location filename="../liaison_app/ui/speaking/scheduler.py" line="-193"/>
        <source>%1. %2</source>
        <extracomment>The MIME type of a dragged speaker card; the payload is the request&apos;s UUID as text.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed by hand</source>
        <translation>Размещено вручную</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received late</source>
        <translation>Получено с опозданием</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Placed by hand: %1</source>
        <translation>Размещено вручную: %1</translation>
    </message>
</context>
<context>
    <name>SpeakingPage</name>
    <message>
        <location filename="../liaison_app/ui/speaking/page.py" line="+305"/>
        <source>&amp;Event:</source>
        <extracomment>Replaceable in tests: asks the officer why (None when cancelled).</extracomment>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Allocate all</source>
        <translation>&amp;Распределить все</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give every open request a slot by protocol order: level, then in person before remote, then time of receipt. Placements made by hand and confirmed slots are kept.</source>
        <translation>Предоставить каждой открытой заявке место в протокольном порядке: по уровню, затем очные выступления раньше дистанционных, затем по времени получения. Места, назначенные вручную, и подтверждённые места сохраняются.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New request…</source>
        <translation>&amp;Новая заявка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import form export…</source>
        <translation>Импорт из онлайн-&amp;формы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the requests of the online form&apos;s spreadsheet export (Excel or CSV)</source>
        <translation>Добавить заявки из табличной выгрузки онлайн-формы (Excel или CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why here?</source>
        <translation>По&amp;чему здесь?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the selected speaker sits where they sit (Ctrl+I)</source>
        <translation>Почему выбранный выступающий стоит на этом месте (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to…</source>
        <translation>&amp;Переместить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm slot</source>
        <translation>Подтвер&amp;дить место</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delegation was told its slot: the speaker keeps the session from now on.</source>
        <translation>Делегации сообщили её место: теперь выступающий закрепляется за заседанием.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the &amp;rules place it…</source>
        <translation>Разместить по пр&amp;авилам…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo a placement made by hand: the rules place the speaker again.</source>
        <translation>Отменить размещение вручную: выступающий снова размещается по правилам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List in:</source>
        <translation>&amp;Язык списка:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print or save…</source>
        <translation>Печать или &amp;сохранение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list of speakers as PDF…</source>
        <translation>Сохранить список ораторов в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the moderator&apos;s run sheet as PDF…</source>
        <translation>Сохранить сценарий для модератора в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the list of speakers…</source>
        <translation>Напечатать список ораторов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the moderator&apos;s run sheet…</source>
        <translation>Напечатать сценарий для модератора…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduler</source>
        <translation>Планировщик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search country, speaker, session…</source>
        <translation>Поиск по стране, выступающему, заседанию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts only</source>
        <translation>Только конфликты</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+211"/>
        <source>Why here?</source>
        <translation>Почему здесь?</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Select a speaker to see why they sit where they sit.</source>
        <translation>Выберите выступающего, чтобы узнать, почему он стоит на этом месте.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>There is no event in this database yet.</source>
        <translation>В этой базе данных ещё нет мероприятий.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n speaker(s) scheduled</source>
        <translation>
            <numerusform>%n выступающий запланирован</numerusform>
            <numerusform>%n выступающих запланировано</numerusform>
            <numerusform>%n выступающих запланировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ожидает</numerusform>
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not allocated yet</source>
        <translation>
            <numerusform>%n ещё не распределён</numerusform>
            <numerusform>%n ещё не распределены</numerusform>
            <numerusform>%n ещё не распределены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n with a conflict</source>
        <translation>
            <numerusform>%n с конфликтом</numerusform>
            <numerusform>%n с конфликтом</numerusform>
            <numerusform>%n с конфликтом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+14"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Move to…</source>
        <translation>Переместить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm slot</source>
        <translation>Подтвердить место</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the rules place it…</source>
        <translation>Разместить по правилам…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen…</source>
        <translation>Возобновить…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Allocating speaking slots…</source>
        <translation>Распределение мест для выступлений…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Allocated by protocol order: %1 scheduled, %2 waiting, %3 declined; %4 changed.</source>
        <translation>Распределено в протокольном порядке: запланировано — %1, в листе ожидания — %2, отклонено — %3; изменено — %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the waitlist, place %1</source>
        <translation>лист ожидания, место %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, slot %2</source>
        <translation>%1, место %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move %1 (%2) to %3. Why? The reason is kept and shown to anyone who asks.</source>
        <translation>Перемещение: %1 (%2) → %3. Почему? Причина сохраняется и показывается всем, кто спросит.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not moved: a move by hand needs a reason.</source>
        <translation>Не перемещено: для перемещения вручную нужна причина.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 moved to %2.</source>
        <translation>Перемещено: %1 → %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Moved up from the waitlist: %1.</source>
        <translation>Переведены из листа ожидания: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s request is withdrawn. Why? (For example: note verbale of 20 April.)</source>
        <translation>Отзыв заявки: %1. Почему? (Например: вербальная нота от 20 апреля.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request was withdrawn.</source>
        <translation>Заявка отозвана: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decline %1&apos;s request. Why?</source>
        <translation>Отклонение заявки: %1. Почему?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request was declined.</source>
        <translation>Заявка отклонена: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen %1&apos;s request. Why?</source>
        <translation>Возобновление заявки: %1. Почему?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request is open again; &quot;Allocate all&quot; will place it.</source>
        <translation>Заявка снова открыта: %1; «Распределить все» разместит её.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let the rules place %1 again. Why?</source>
        <translation>Повторное размещение по правилам: %1. Почему?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules placed %1 again.</source>
        <translation>Снова размещено по правилам: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1&apos;s slot is confirmed.</source>
        <translation>Место подтверждено: %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Request added; &quot;Allocate all&quot; will give it a slot.</source>
        <translation>Заявка добавлена; «Распределить все» предоставит ей место.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+37"/>
        <location line="+6"/>
        <source>Import speaking requests</source>
        <translation>Импорт заявок на выступление</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt)</source>
        <translation>Таблицы (*.xlsx *.xlsm *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the form export…</source>
        <translation>Чтение выгрузки онлайн-формы…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 request(s) to add, %2 already on the list, %3 row(s) left out.</source>
        <translation>Заявок к добавлению: %1; уже в списке: %2; исключено строк: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add them now?</source>
        <translation>Добавить их сейчас?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 request(s) imported; &quot;Allocate all&quot; will give them a slot.</source>
        <translation>Импортировано заявок: %1; «Распределить все» предоставит им места.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run sheet</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of speakers</source>
        <translation>Список ораторов</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing the PDF…</source>
        <translation>Подготовка PDF…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No printer is set up on this computer. Save the list as PDF and print it from a computer that has one.</source>
        <translation>На этом компьютере не настроен принтер. Сохраните список в PDF и распечатайте его на компьютере с принтером.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/board.py" line="+164"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>StageMover</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/stage_moves.py" line="+53"/>
        <location line="+55"/>
        <source>This move is not possible</source>
        <translation>Такой переход невозможен</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Confirm the move</source>
        <translation>Подтверждение перехода</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The amount is missing</source>
        <translation>Не указана сумма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{organization} has no amount yet, and no package to take one from. Edit the inquiry to enter the amount and currency before marking it {stage}.</source>
        <translation>У организации «{organization}» ещё нет суммы и нет пакета, из которого её можно взять. Измените запрос и укажите сумму и валюту, прежде чем переводить его на этап «{stage}».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The package is sold out</source>
        <translation>Пакет распродан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All {quantity} places of the package are already held by committed partners, so {organization} cannot be marked {stage}. Raise the package&apos;s number of places, or choose another package for this inquiry.</source>
        <translation>Все места пакета ({quantity}) уже заняты партнёрами с обязательствами, поэтому запрос организации «{organization}» нельзя перевести на этап «{stage}». Увеличьте число мест в пакете или выберите для этого запроса другой пакет.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{organization} is {stage}: that closes the inquiry, so it cannot be moved to {target}. If it must be worked on again, choose “Reopen…” in its menu.</source>
        <translation>Запрос организации «{organization}» находится на этапе «{stage}»: этот этап закрывает запрос, поэтому его нельзя перевести на этап «{target}». Если работу нужно возобновить, выберите «Возобновить…» в его меню.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move {organization} back from {stage} to {target}?</source>
        <translation>Вернуть запрос организации «{organization}» с этапа «{stage}» на этап «{target}»?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {organization} from {stage} straight to {target}?

This skips: {skipped}.</source>
        <translation>Перевести запрос организации «{organization}» с этапа «{stage}» сразу на этап «{target}»?

Будут пропущены: {skipped}.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../liaison_app/ui/app.py" line="+62"/>
        <source>Open another database…</source>
        <extracomment>Exit code when no database could be opened and the user chose to quit (the CLI&apos;s &quot;refused&quot;).</extracomment>
        <translation>Открыть другую базу данных…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New database…</source>
        <translation>Новая база данных…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/status_dialog.py" line="+77"/>
        <source>Change the status</source>
        <translation>Изменение статуса</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set the status of %n invitation(s):</source>
        <translation>
            <numerusform>Задать статус %n приглашения:</numerusform>
            <numerusform>Задать статус %n приглашений:</numerusform>
            <numerusform>Задать статус %n приглашений:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional, kept in the history</source>
        <translation>Необязательно; сохраняется в истории</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to draft: the date of sending is forgotten (the letter never went out).</source>
        <translation>Возврат в черновик: дата отправки стирается (письмо так и не было отправлено).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drafts are marked sent on this date, by this channel if they had none.</source>
        <translation>Черновики отмечаются как отправленные в эту дату — этим способом, если способ не был указан.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The addressee confirmed receiving the letter on this date.</source>
        <translation>Адресат подтвердил получение письма в эту дату.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only after the reply deadline; the application also does it by itself.</source>
        <translation>Только после истечения срока ответа; приложение делает это и само.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitations with a reply keep the reply&apos;s decision: change the reply instead.</source>
        <translation>Приглашения с ответом сохраняют решение из ответа: вместо этого измените ответ.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/summary_page.py" line="+62"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Excel workbook of every row left out, with its reasons.</source>
        <translation>Книга Excel со всеми исключёнными строками и причинами исключения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Undo this import</source>
        <translation>Отменить этот импорт</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Remove the contacts it added and put back what it changed. Also possible later, from the Import &amp; export section.</source>
        <translation>Удалить добавленные им контакты и восстановить изменённое. Это можно сделать и позже, в разделе «Импорт и экспорт».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{read} rows read from {name}.</source>
        <translation>Прочитано строк из {name}: {read}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added: {count}</source>
        <translation>Добавлено: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: {count}</source>
        <translation>Обновлено: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged: {count}</source>
        <translation>Объединено: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped as duplicates or left out: {count}</source>
        <translation>Пропущено как дубликаты или исключено: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out with problems: {count}</source>
        <translation>Исключено из-за ошибок: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New organizations: {count}</source>
        <translation>Новые организации: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals and notes under the list, not taken as people: {count}</source>
        <translation>Итоги и примечания под списком, не принятые за людей: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No row was left out.</source>
        <translation>Ни одна строка не исключена.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{stem} - rows left out.xlsx</source>
        <translation>{stem} - исключённые строки.xlsx</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report saved: {path}</source>
        <translation>Отчёт сохранён: {path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove the {added} contacts this import added and put back the fields it changed?</source>
        <translation>Удалить контакты, добавленные этим импортом ({added}), и восстановить изменённые им поля?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was undone: {removed} contacts removed, {reverted} fields put back.</source>
        <translation>Импорт отменён: удалено контактов — {removed}, восстановлено полей — {reverted}.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../liaison_app/ui/template_editor.py" line="+141"/>
        <source>Kind of letter</source>
        <extracomment>A template was saved (kind, language). A preview finished rendering (also after an error): tests wait on it.</extracomment>
        <translation>Вид письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview for</source>
        <translation>Просмотр для</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text (a blank line between paragraphs; {{ field }} merges a value)</source>
        <translation>Текст (абзацы разделяются пустой строкой; {{ field }} вставляет значение поля)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge fields (double-click to insert)</source>
        <translation>Поля слияния (двойной щелчок — вставить)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the default text</source>
        <translation>Восстановить текст по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preview appears here.</source>
        <translation>Здесь появится предварительный просмотр.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved template</source>
        <translation>Несохранённый шаблон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text you changed is not saved. Discard the changes?</source>
        <translation>Изменённый текст не сохранён. Отменить изменения?</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Saved (version {version}).</source>
        <translation>Сохранено (версия {version}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No one is to receive a letter of this kind for this event yet.</source>
        <translation>Для этого мероприятия пока нет получателей писем этого вида.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the preview…</source>
        <translation>Подготовка предварительного просмотра…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The preview could not be made; see the log file.</source>
        <translation>Не удалось подготовить предварительный просмотр; см. файл журнала.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../liaison_app/ui/undo_bar.py" line="+43"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/validation_page.py" line="+78"/>
        <source>Check the rows</source>
        <extracomment>Background of a cell whose value is refused: a pale red readable under dark text. Rows listed at most (the rest are counted and go to the report).</extracomment>
        <translation>Проверка строк</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with a problem are listed with the reason by each cell in red. Correct a cell here, or leave the row out: it will be listed in the report.</source>
        <translation>Строки с ошибками показаны с указанием причины у каждой ячейки, выделенной красным. Исправьте ячейку здесь или исключите строку: она будет указана в отчёте.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a cell to correct it; the row is checked again at once.</source>
        <translation>Дважды щёлкните ячейку, чтобы исправить её; строка сразу проверяется снова.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking {count} rows…</source>
        <translation>Проверка строк ({count})…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rows could not be checked. The details were saved in the log.</source>
        <translation>Не удалось проверить строки. Подробности сохранены в журнале.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave out</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Corrected: will be imported</source>
        <translation>Исправлено: будет импортировано</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{total} rows read: {ready} ready to import.</source>
        <translation>Прочитано строк: {total}; готово к импорту: {ready}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{bad} with problems: left out unless corrected below.</source>
        <translation>С ошибками: {bad} — будут исключены, если их не исправить ниже.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} left out by you.</source>
        <translation>Исключено вами: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first {count} are listed; the report lists them all.</source>
        <translation>Показаны первые {count}; в отчёте указаны все.</translation>
    </message>
</context>
</TS>
