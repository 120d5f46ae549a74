<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>CircularDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/circular_dialog.py" line="+142"/>
        <source>Circular</source>
        <extracomment>The saved circular&apos;s id, once accepted.</extracomment>
        <translation>رسالة معممة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>الموعد النهائي للرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressed to</source>
        <translation>موجهة إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies due by</source>
        <translation>الردود مطلوبة بحلول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Member States</source>
        <translation>كل الدول الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected Member States</source>
        <translation>دول أعضاء مختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen contacts</source>
        <translation>جهات اتصال مختارة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language versions</source>
        <translation>النسخ اللغوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressees, as printed</source>
        <translation>المرسل إليهم (بالصيغة المطبوعة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: the next number of the year. Leave it, or type another.</source>
        <translation>مقترح: الرقم التالي في السنة. أبقِ عليه، أو اكتب رقماً آخر.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contact_editor.py" line="+236"/>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact: {name}</source>
        <translation>جهة الاتصال: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach them</source>
        <translation>وسائل الاتصال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form of address, gender</source>
        <translation>صيغة المخاطبة، الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as written *</source>
        <translation>الاسم كما يُكتب *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name, family name</source>
        <translation>الاسم الأول، اسم العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Latin script</source>
        <translation>الاسم بالأحرف اللاتينية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>مستوى التمثيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State</source>
        <translation>الدولة العضو</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other e-mail</source>
        <translation>بريد إلكتروني آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile phone</source>
        <translation>الهاتف المحمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>صيغة التحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the person writes it, in any script</source>
        <translation>كما يكتبه صاحبه، بأي نظام كتابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For envelopes and sorting</source>
        <translation>للأظرف والترتيب الأبجدي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name in any of the six languages, or an ISO code</source>
        <translation>اكتب اسماً بأي من اللغات الست، أو رمز ISO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one, or type the name of a new one</source>
        <translation>اختر منظمة، أو اكتب اسم منظمة جديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+41 22 730 51 11, or national with a Member State</source>
        <translation>+41 22 730 51 11، أو رقم وطني مع تحديد الدولة العضو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only to replace the salutation made from the form of address</source>
        <translation>لاستبدال التحية المستمدة من صيغة المخاطبة فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used for grammatical agreement in letters</source>
        <translation>يُستخدم للمطابقة النحوية في الرسائل</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no form of address)</source>
        <translation>(بلا صيغة مخاطبة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not known)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the Member State&apos;s language)</source>
        <translation>(لغة الدولة العضو)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Add the name in Latin script for envelopes and sorting.</source>
        <translation>أضف الاسم بالأحرف اللاتينية لاستخدامه على الأظرف وفي الترتيب الأبجدي.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved as {phone}</source>
        <translation>يُحفظ بالصيغة: {phone}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Letters will be in {language}.</source>
        <translation>ستُحرَّر الرسائل باللغة {language}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new organization “{name}” will be added.</source>
        <translation>ستُضاف منظمة جديدة باسم «{name}».</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_model.py" line="+103"/>
        <source>Name</source>
        <extracomment>Rows read per query: a few screens, so scrolling reads rarely and each read stays short. Pages kept; older ones are read again if the view comes back to them. A full first page is counted once a view has painted it, or after this wait. After this pause with no new question, the whole ordered list of matching contacts is read in the background, so that a first jump deep into the list does not wait for it. The columns of the issue, in order; titles are read on each call so they follow the language.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Latin script</source>
        <translation>الاسم بالأحرف اللاتينية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form of address</source>
        <translation>صيغة المخاطبة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member State</source>
        <translation>الدولة العضو</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Searching contacts…</source>
        <extracomment>Columns laid out left to right in every interface language. The roles the model answers; the view asks for more (font, alignment, check state…). The `ContactRow` of a row. The contact&apos;s id. The rows of the newest query are shown (after the reset, and after `refresh`). The number of rows shown is final: at once with `answered`, or when the count arrives. Rows read for the first page and for the windows shown since, by page number. Every matching contact in order, read the first time the view goes past page 0. Each question gets a number; only the answer to the newest is shown. The page shown is full and the number of matches is being counted in the background. The count of a full first page starts once the page is painted (or on this timer). The texts of each row shown, by row number, made when first painted. How many queries were run (count, pages, key lists): for tests and the benchmark.</extracomment>
        <translation>جارٍ البحث في جهات الاتصال…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counting contacts…</source>
        <translation>جارٍ عدّ جهات الاتصال…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Listing contacts…</source>
        <translation>جارٍ سرد جهات الاتصال…</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>No language of their own: letters follow {state}.</source>
        <translation>لا لغة مفضلة لجهة الاتصال: تتبع الرسائل لغة {state}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile: {phone}</source>
        <translation>المحمول: {phone}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_page.py" line="+222"/>
        <source>Search names, positions, organizations, e-mails, phones — any script (Ctrl+F)</source>
        <extracomment>Starting widths of the columns (pixels), until the officer&apos;s own are remembered. The module of the shared export action (issue 6), used when it is installed. The dialog behind &quot;Add to invitation list&quot;; it comes with the invitations service (issue 4). Deletions that Undo can still put back, most recent last.</extracomment>
        <translation>البحث في الأسماء والمناصب والمنظمات وعناوين البريد الإلكتروني والهواتف — بأي نظام كتابة (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contact…</source>
        <translation>جهة اتصال جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact (Ctrl+N)</source>
        <translation>إضافة جهة اتصال (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to invitation list…</source>
        <translation>إضافة إلى قائمة المدعوين…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export selection…</source>
        <translation>تصدير المحدد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the deleted contacts back (Ctrl+Z)</source>
        <translation>إعادة جهات الاتصال المحذوفة (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All Member States</source>
        <translation>كل الدول الأعضاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All levels</source>
        <translation>كل المستويات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All organization types</source>
        <translation>كل أنواع المنظمات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Member State</source>
        <translation>الدولة العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region of the Member State</source>
        <translation>منطقة الدولة العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>مستوى التمثيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of letters: the contact&apos;s own, else their Member State&apos;s</source>
        <translation>لغة الرسائل: لغة جهة الاتصال، وإلا فلغة دولتها العضو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of organization</source>
        <translation>نوع المنظمة</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>لا توجد جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contacts yet.

Add one with “New contact…” (Ctrl+N), or import a spreadsheet of contacts from the Import &amp; export section.</source>
        <translation>لا توجد جهات اتصال بعد.

أضف جهة اتصال بالأمر «جهة اتصال جديدة…» (Ctrl+N)، أو استورد جدول بيانات بجهات الاتصال من قسم «الاستيراد والتصدير».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact matches “{search}” with these filters.</source>
        <translation>لا توجد جهة اتصال تطابق «{search}» مع عوامل التصفية هذه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact matches these filters.</source>
        <translation>لا توجد جهة اتصال تطابق عوامل التصفية هذه.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n selected</source>
        <translation>
            <numerusform>لم تُحدَّد أي جهة</numerusform>
            <numerusform>حُدِّدت جهة واحدة</numerusform>
            <numerusform>حُدِّدت جهتان</numerusform>
            <numerusform>حُدِّدت %n جهات</numerusform>
            <numerusform>حُدِّدت %n جهة</numerusform>
            <numerusform>حُدِّدت %n جهة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create invitations for the selected contacts to an event.</source>
        <translation>إنشاء دعوات إلى فعالية لجهات الاتصال المحددة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding contacts to an invitation list arrives with the invitations feature in a later version.</source>
        <translation>ستُتاح إضافة جهات الاتصال إلى قائمة المدعوين مع ميزة الدعوات في إصدار لاحق.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the selected contacts to an Excel workbook.</source>
        <translation>حفظ جهات الاتصال المحددة في مصنّف Excel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting contacts from the window arrives in a later version.</source>
        <translation>سيُتاح تصدير جهات الاتصال من النافذة في إصدار لاحق.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Delete the contact “{name}”?</source>
        <translation>هل تريد حذف جهة الاتصال «{name}»؟</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete the %n selected contact(s)?</source>
        <translation>
            <numerusform>هل تريد حذف جهات الاتصال المحددة؟</numerusform>
            <numerusform>هل تريد حذف جهة الاتصال المحددة؟</numerusform>
            <numerusform>هل تريد حذف جهتي الاتصال المحددتين؟</numerusform>
            <numerusform>هل تريد حذف %n جهات اتصال محددة؟</numerusform>
            <numerusform>هل تريد حذف %n جهة اتصال محددة؟</numerusform>
            <numerusform>هل تريد حذف %n جهة اتصال محددة؟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this with Ctrl+Z or the Undo button.</source>
        <translation>يمكنك التراجع عن ذلك بالضغط على Ctrl+Z أو على زر «تراجع».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete contacts</source>
        <translation>حذف جهات الاتصال</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>لم تُحذف أي جهة اتصال.</numerusform>
            <numerusform>حُذفت جهة اتصال واحدة.</numerusform>
            <numerusform>حُذفت جهتا اتصال.</numerusform>
            <numerusform>حُذفت %n جهات اتصال.</numerusform>
            <numerusform>حُذفت %n جهة اتصال.</numerusform>
            <numerusform>حُذفت %n جهة اتصال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>لم تُستعد أي جهة اتصال.</numerusform>
            <numerusform>استُعيدت جهة اتصال واحدة.</numerusform>
            <numerusform>استُعيدت جهتا اتصال.</numerusform>
            <numerusform>استُعيدت %n جهات اتصال.</numerusform>
            <numerusform>استُعيدت %n جهة اتصال.</numerusform>
            <numerusform>استُعيدت %n جهة اتصال.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_section.py" line="+36"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States</source>
        <translation>الدول الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../liaison_app/ui/dashboard/page.py" line="+266"/>
        <source>&amp;Event:</source>
        <extracomment>A figure was clicked: (section key, filter) of the list behind it. Replaceable in tests, so days left do not depend on when the tests run. Loaded when first shown or activated, once (see InvitationsPage.loaded).</extracomment>
        <translation>ال&amp;فعالية:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export event report…</source>
        <translation>تصدير تقرير الفعالية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save where this event stands, with its invitations, replies, speakers and partnerships, as an Excel workbook</source>
        <translation>حفظ حالة هذه الفعالية، بدعواتها وردودها ومتحدثيها وشراكاتها، في مصنّف Excel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No event in this database yet. Create one in Invitations &amp; replies (New event…), or open the demo database.</source>
        <translation>لا توجد فعالية في قاعدة البيانات هذه بعد. أنشئ فعالية في قسم «الدعوات والردود» (فعالية جديدة…)، أو افتح قاعدة البيانات التجريبية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadlines</source>
        <translation>المواعيد النهائية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countdown</source>
        <translation>العد التنازلي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership pipeline (each currency on its own)</source>
        <translation>مسار الشراكات (كل عملة على حدة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Committed</source>
        <translation>المتعهد به</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still open</source>
        <translation>ما زال مفتوحاً</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>invitations</source>
        <translation>الدعوات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>replies ({share} % of invitations)</source>
        <translation>الردود ({share}% من الدعوات)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>still awaiting a reply</source>
        <translation>ما زالت تنتظر الرد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overdue: deadline passed</source>
        <translation>متأخرة: انقضى الموعد النهائي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delegates announced, {in_person} in person</source>
        <translation>أعضاء الوفود المعلنون، منهم {in_person} حضورياً</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>requests to speak</source>
        <translation>طلبات أخذ الكلمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>partners committed, {open} open</source>
        <translation>شركاء متعهدون؛ الاستفسارات المفتوحة: {open}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invitations by status</source>
        <translation>الدعوات حسب الحالة</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Replies by decision</source>
        <translation>الردود حسب القرار</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>No reply yet</source>
        <translation>لم يرد أي رد بعد</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Replies received per day</source>
        <translation>الردود الواردة يومياً</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies that day</source>
        <translation>الردود في ذلك اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies in total</source>
        <translation>مجموع الردود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline {date}</source>
        <translation>الموعد النهائي {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replies by region</source>
        <translation>الردود حسب المنطقة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replies by level of representation</source>
        <translation>الردود حسب مستوى التمثيل</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requests to speak by status</source>
        <translation>طلبات أخذ الكلمة حسب الحالة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Replies to {reference}</source>
        <translation>الردود على {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies to the invitation</source>
        <translation>الردود على الدعوة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests to speak</source>
        <translation>طلبات أخذ الكلمة</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>قيد الانتظار: %n</numerusform>
            <numerusform>قيد الانتظار: %n</numerusform>
            <numerusform>قيد الانتظار: %n</numerusform>
            <numerusform>قيد الانتظار: %n</numerusform>
            <numerusform>قيد الانتظار: %n</numerusform>
            <numerusform>قيد الانتظار: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../liaison_app/ui/database_commands.py" line="+33"/>
        <source>Liaison Desk database (*.sqlite3 *.db)</source>
        <translation>قاعدة بيانات Liaison Desk (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} already exists. To use it, choose File ▸ Open database…</source>
        <translation>{path} موجود بالفعل. لاستخدامه، اختر ملف ◂ فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Creating the database…</source>
        <translation>جارٍ إنشاء قاعدة البيانات…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database was upgraded to this version of Liaison Desk. A copy of it as it was is kept in {path}.</source>
        <translation>رُقّيت قاعدة البيانات إلى هذا الإصدار من Liaison Desk، وحُفظت نسخة منها كما كانت في {path}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up to folder</source>
        <translation>نسخ احتياطي إلى مجلد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup was saved as {path}.</source>
        <translation>حُفظت النسخة الاحتياطية باسم {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the database…</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace the database {target} with the backup {backup}?

The current database will be kept beside it under a dated name.</source>
        <translation>هل تريد استبدال قاعدة البيانات {target} بالنسخة الاحتياطية {backup}؟

ستُحفظ قاعدة البيانات الحالية بجانبها باسم يحمل التاريخ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait until the running task has finished, then restore.</source>
        <translation>انتظر حتى تنتهي المهمة الجارية، ثم أجرِ الاستعادة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring the database…</source>
        <translation>جارٍ استعادة قاعدة البيانات…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was restored. The previous database was kept as {path}.</source>
        <translation>استُعيدت النسخة الاحتياطية، وحُفظت قاعدة البيانات السابقة باسم {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up and restore work on a database file. For a server database, use the server&apos;s own tools.</source>
        <translation>يعمل النسخ الاحتياطي والاستعادة على ملف قاعدة بيانات. أما قاعدة البيانات على خادوم فاستخدم أدوات الخادوم نفسه.</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../liaison_app/ui/invitations/deadlines_tab.py" line="+104"/>
        <source>Deadlines (days counted in Geneva)</source>
        <extracomment>The non-repliers chosen for reminders: invitation ids, in the list&apos;s order. A deadline was double-clicked: list the invitations still waiting under it.</extracomment>
        <translation>المواعيد النهائية (تُحسب الأيام بتوقيت جنيف)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Countdown</source>
        <translation>العد التنازلي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not replied yet</source>
        <translation>لم يرد بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>الأيام المتبقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reminder</source>
        <translation>آخر تذكير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select non-repliers for reminders</source>
        <translation>تحديد من لم يردوا لتذكيرهم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selects these invitations in the Invitations tab, ready for a pack of reminder letters.</source>
        <translation>يحدد هذه الدعوات في علامة التبويب «الدعوات»، تمهيداً لإعداد مجموعة رسائل تذكير.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replies to {reference}</source>
        <translation>الردود على {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies to the invitation</source>
        <translation>الردود على الدعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests to speak</source>
        <translation>طلبات أخذ الكلمة</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last day: %n hour(s) left in Geneva</source>
        <translation>
            <numerusform>اليوم الأخير: بقيت أقل من ساعة بتوقيت جنيف</numerusform>
            <numerusform>اليوم الأخير: بقيت ساعة واحدة بتوقيت جنيف</numerusform>
            <numerusform>اليوم الأخير: بقيت ساعتان بتوقيت جنيف</numerusform>
            <numerusform>اليوم الأخير: بقيت %n ساعات بتوقيت جنيف</numerusform>
            <numerusform>اليوم الأخير: بقيت %n ساعة بتوقيت جنيف</numerusform>
            <numerusform>اليوم الأخير: بقيت %n ساعة بتوقيت جنيف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n invitation(s) await a reply</source>
        <translation>
            <numerusform>لا توجد دعوات تنتظر رداً</numerusform>
            <numerusform>دعوة واحدة تنتظر رداً</numerusform>
            <numerusform>دعوتان تنتظران رداً</numerusform>
            <numerusform>%n دعوات تنتظر رداً</numerusform>
            <numerusform>%n دعوة تنتظر رداً</numerusform>
            <numerusform>%n دعوة تنتظر رداً</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>لا توجد دعوات متأخرة</numerusform>
            <numerusform>دعوة واحدة متأخرة</numerusform>
            <numerusform>دعوتان متأخرتان</numerusform>
            <numerusform>%n دعوات متأخرة</numerusform>
            <numerusform>%n دعوة متأخرة</numerusform>
            <numerusform>%n دعوة متأخرة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <location filename="../liaison_app/ui/invitations/delegation_editor.py" line="+61"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Function</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attends</source>
        <translation>طريقة المشاركة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>رئيس الوفد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/duplicates_page.py" line="+89"/>
        <source>Rows already known</source>
        <extracomment>Duplicates listed at most; the choice &quot;for all&quot; covers the rest.</extracomment>
        <translation>صفوف معروفة من قبل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same e-mail, or the same name in the same Member State, earlier in the file or already in the database.</source>
        <translation>البريد الإلكتروني نفسه، أو الاسم نفسه في الدولة العضو نفسها، في موضع سابق من الملف أو في قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For every duplicate:</source>
        <translation>لكل صف مكرر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to all</source>
        <translation>تطبيق على الكل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in the file</source>
        <translation>الاسم في الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as</source>
        <translation>يطابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Because of</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skip: keep what is there</source>
        <translation>تخطي: الإبقاء على الموجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update: the file&apos;s values replace the stored ones</source>
        <translation>تحديث: تحل قيم الملف محل القيم المخزنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge: the file fills only the blanks</source>
        <translation>دمج: يملأ الملف الحقول الفارغة فقط</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same e-mail</source>
        <translation>البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same name and Member State</source>
        <translation>الاسم نفسه والدولة العضو نفسها</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n row(s) already known. Choose what to do with each.</source>
        <translation>
            <numerusform>لا توجد صفوف معروفة من قبل.</numerusform>
            <numerusform>صف واحد معروف من قبل. اختر الإجراء المناسب له.</numerusform>
            <numerusform>صفان معروفان من قبل. اختر الإجراء المناسب لكل منهما.</numerusform>
            <numerusform>%n صفوف معروفة من قبل. اختر الإجراء المناسب لكل منها.</numerusform>
            <numerusform>%n صفاً معروفاً من قبل. اختر الإجراء المناسب لكل منها.</numerusform>
            <numerusform>%n صف معروف من قبل. اختر الإجراء المناسب لكل منها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The import will do this — add: {added}, update: {updated}, merge: {merged}, skip: {skipped}, leave out with problems: {rejected}.</source>
        <translation>سيُجري الاستيراد ما يلي — إضافة: {added}، تحديث: {updated}، دمج: {merged}، تخطي: {skipped}، استبعاد لوجود مشكلات: {rejected}.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>No duplicates: every row is new.</source>
        <translation>لا توجد صفوف مكررة: كل الصفوف جديدة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {number} of the file</source>
        <translation>الصف {number} من الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, in the database</source>
        <translation>{name}، في قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add as a new contact</source>
        <translation>إضافة بوصفها جهة اتصال جديدة</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../liaison_app/ui/error_reporting.py" line="+39"/>
        <source>Something went wrong. The details were saved in {path}.</source>
        <translation>حدث خطأ ما. حُفظت التفاصيل في {path}.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../liaison_app/ui/events/event_dialog.py" line="+80"/>
        <source>Virtual</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>هجين</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>New event</source>
        <extracomment>The saved event&apos;s id, once accepted.</extracomment>
        <translation>فعالية جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>معلومات عامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titles</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phases</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and signatory</source>
        <translation>مسؤول الاتصال والموقّع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From – to</source>
        <translation>من – إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (ISO code)</source>
        <translation>البلد (رمز ISO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>الموعد النهائي للرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking requests by</source>
        <translation>آخر موعد لطلبات أخذ الكلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Minutes per speaker</source>
        <translation>الدقائق المخصصة لكل متحدث</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short, without spaces: WSIS-2022</source>
        <translation>مرجع قصير دون مسافات: WSIS-2022</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies due by</source>
        <translation>الردود مطلوبة بحلول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>مطلوبة بحلول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <comment>name of the event</comment>
        <translation>عنوان الفعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Mode</source>
        <translation>النمط</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a phase</source>
        <translation>إضافة مرحلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+18"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Add a session</source>
        <translation>إضافة جلسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>مسؤول الاتصال</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Title</source>
        <comment>form of address of the contact person: Ms, Mr, Dr</comment>
        <translation>صيغة المخاطبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatory</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <comment>position of the signatory: Secretary-General</comment>
        <translation>المنصب</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>Signature image</source>
        <translation>صورة التوقيع</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Choose an image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No signature image</source>
        <translation>لا توجد صورة توقيع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG or JPEG, at most 2 MB and 4000 × 4000 pixels.</source>
        <translation>بصيغة PNG أو JPEG، بحجم أقصاه 2 ميغابايت وأبعاد أقصاها 4000 × 4000 بكسل.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{kind}, {width} × {height} pixels</source>
        <translation>{kind}، {width} × {height} بكسل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transparent background: kept on the letters.</source>
        <translation>خلفية شفافة: تبقى كذلك في الرسائل.</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../liaison_app/ui/export_action.py" line="+64"/>
        <source>Export to Excel</source>
        <extracomment>Settings key: the folder of the last export, offered again next time.</extracomment>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنّف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Exporting to {name}…</source>
        <extracomment>The ExportResult, after the workbook was written and the user told.</extracomment>
        <translation>جارٍ التصدير إلى {name}…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open workbook</source>
        <translation>فتح المصنّف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing {name}: {done:,} of {total:,} rows…</source>
        <translation>جارٍ كتابة {name}: الصفوف {done:,} من أصل {total:,}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {name}: {done:,} rows…</source>
        <translation>جارٍ كتابة {name}: الصفوف المكتوبة {done:,}…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this list as an Excel workbook</source>
        <translation>حفظ هذه القائمة في مصنّف Excel</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message numerus="yes">
        <location line="-204"/>
        <source>%n row(s) exported to {name}.</source>
        <translation>
            <numerusform>لم يُصدَّر أي صف إلى {name}.</numerusform>
            <numerusform>صُدِّر صف واحد إلى {name}.</numerusform>
            <numerusform>صُدِّر صفان إلى {name}.</numerusform>
            <numerusform>صُدِّرت %n صفوف إلى {name}.</numerusform>
            <numerusform>صُدِّر %n صفاً إلى {name}.</numerusform>
            <numerusform>صُدِّر %n صف إلى {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/file_page.py" line="+51"/>
        <source>Choose the file</source>
        <translation>اختيار الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook (.xlsx, .xlsm) or a text file (.csv, .tsv, .txt) exported from Excel or another program.</source>
        <translation>مصنّف Excel (.xlsx أو .xlsm) أو ملف نصي (.csv أو .tsv أو .txt) مُصدَّر من Excel أو من برنامج آخر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title rows above the header, blank rows and totals at the bottom are found and left out. Nothing is added to the database until the last step.</source>
        <translation>يُكشف تلقائياً عن صفوف العنوان فوق صف رؤوس الأعمدة، والصفوف الفارغة، وصفوف المجاميع في الأسفل، وتُستبعد. ولا يُضاف أي شيء إلى قاعدة البيانات قبل الخطوة الأخيرة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the file</source>
        <translation>مسار الملف</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation>جداول البيانات ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is a folder, not a file.</source>
        <translation>هذا مجلد وليس ملفاً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such file.</source>
        <translation>لا يوجد ملف بهذا الاسم.</translation>
    </message>
</context>
<context>
    <name>FollowUpsWidget</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/partnerships/follow_ups_widget.py" line="+158"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>لا تأخير</numerusform>
            <numerusform>تأخير يوم واحد</numerusform>
            <numerusform>تأخير يومين</numerusform>
            <numerusform>تأخير %n أيام</numerusform>
            <numerusform>تأخير %n يوماً</numerusform>
            <numerusform>تأخير %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Follow up on</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
            <numerusform>متأخرة (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due today (%n)</source>
        <translation>
            <numerusform>مستحقة اليوم (%n)</numerusform>
            <numerusform>مستحقة اليوم (%n)</numerusform>
            <numerusform>مستحقة اليوم (%n)</numerusform>
            <numerusform>مستحقة اليوم (%n)</numerusform>
            <numerusform>مستحقة اليوم (%n)</numerusform>
            <numerusform>مستحقة اليوم (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Next %1 days (%n)</source>
        <translation>
            <numerusform>خلال الأيام الـ%1 القادمة (%n)</numerusform>
            <numerusform>خلال الأيام الـ%1 القادمة (%n)</numerusform>
            <numerusform>خلال الأيام الـ%1 القادمة (%n)</numerusform>
            <numerusform>خلال الأيام الـ%1 القادمة (%n)</numerusform>
            <numerusform>خلال الأيام الـ%1 القادمة (%n)</numerusform>
            <numerusform>خلال الأيام الـ%1 القادمة (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open, with no follow-up date (%n)</source>
        <translation>
            <numerusform>مفتوحة، دون موعد متابعة (%n)</numerusform>
            <numerusform>مفتوحة، دون موعد متابعة (%n)</numerusform>
            <numerusform>مفتوحة، دون موعد متابعة (%n)</numerusform>
            <numerusform>مفتوحة، دون موعد متابعة (%n)</numerusform>
            <numerusform>مفتوحة، دون موعد متابعة (%n)</numerusform>
            <numerusform>مفتوحة، دون موعد متابعة (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../liaison_app/ui/invitations/history_panel.py" line="+48"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an invitation to see what happened to it.</source>
        <translation>اختر دعوة للاطلاع على ما جرى بشأنها.</translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/import_page.py" line="+91"/>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added</source>
        <translation>المضافة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated or merged</source>
        <translation>المحدَّثة أو المدمجة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped</source>
        <translation>المتخطاة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out</source>
        <translation>المستبعدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone</source>
        <translation>تاريخ التراجع</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Import contact lists from Excel workbooks or CSV and text files, in any of the six languages. Every import can be undone as a whole.</source>
        <translation>استيراد قوائم جهات الاتصال من مصنّفات Excel أو من ملفات CSV والملفات النصية، بأي من اللغات الست. ويمكن التراجع عن أي عملية استيراد بأكملها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import contacts…</source>
        <translation>استيراد جهات الاتصال…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export contacts to Excel…</source>
        <translation>تصدير جهات الاتصال إلى Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past imports</source>
        <translation>عمليات الاستيراد السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No import yet.</source>
        <translation>لم تُجرَ أي عملية استيراد بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this import…</source>
        <translation>التراجع عن هذا الاستيراد…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Undo this import</source>
        <translation>التراجع عن هذا الاستيراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the import of {name} ({when})? The {added} contacts it added are removed and the fields it changed are put back, unless changed again since.</source>
        <translation>هل تريد التراجع عن استيراد {name} ({when})؟ ستُزال جهات الاتصال التي أضافها (وعددها {added})، وتُعاد الحقول التي غيّرها إلى ما كانت عليه، ما لم تكن قد تغيرت مرة أخرى منذ ذلك الحين.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import of {name} was undone: {removed} contacts removed, {reverted} fields put back.</source>
        <translation>جرى التراجع عن استيراد {name} — جهات الاتصال المُزالة: {removed}، والحقول المُعادة: {reverted}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/wizard.py" line="+94"/>
        <source>Import contacts</source>
        <extracomment>Checked rows; None when a choice made them stale (they are checked again). The officer&apos;s choice for each duplicate, by row number.</extracomment>
        <translation>استيراد جهات الاتصال</translation>
    </message>
</context>
<context>
    <name>InquiryCard</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/board.py" line="+132"/>
        <source>No package chosen</source>
        <translation>لم تُختر باقة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package&apos;s amount: the inquiry has no amount of its own yet.</source>
        <translation>مبلغ الباقة: ليس للاستفسار مبلغ خاص به بعد.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Follow up: %1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>المتابعة: %1</numerusform>
            <numerusform>المتابعة: %1 (تأخير يوم واحد)</numerusform>
            <numerusform>المتابعة: %1 (تأخير يومين)</numerusform>
            <numerusform>المتابعة: %1 (تأخير %n أيام)</numerusform>
            <numerusform>المتابعة: %1 (تأخير %n يوماً)</numerusform>
            <numerusform>المتابعة: %1 (تأخير %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow up: today</source>
        <translation>المتابعة: اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up: %1</source>
        <translation>المتابعة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next follow-up: %1</source>
        <translation>المتابعة التالية: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up date</source>
        <translation>لا يوجد موعد متابعة</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/inquiry_editor.py" line="+183"/>
        <source>(sold out)</source>
        <translation>(نفدت)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1, the package&apos;s amount</source>
        <translation>%1، وهو مبلغ الباقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known yet</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New inquiry</source>
        <translation>استفسار جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit inquiry</source>
        <translation>تعديل الاستفسار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organization:</source>
        <translation>المن&amp;ظمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>جهة ال&amp;اتصال:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Package of interest:</source>
        <translation>ال&amp;باقة المطلوبة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Came in by:</source>
        <translation>&amp;ورد عن طريق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on:</source>
        <translation>تاريخ الا&amp;ستلام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>ال&amp;مبلغ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;follow-up:</source>
        <translation>المتابعة ال&amp;تالية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>ملا&amp;حظات:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose from the directory or type the name</source>
        <translation>اختر من الدليل أو اكتب الاسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None chosen yet</source>
        <translation>لم تُختر باقة بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHF</source>
        <translation>CHF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>في</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a contact from the directory, or leave this empty.</source>
        <translation>اختر جهة اتصال من الدليل، أو اترك هذا الحقل فارغاً.</translation>
    </message>
</context>
<context>
    <name>InquiryTableModel</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/table_model.py" line="+100"/>
        <source>Organization</source>
        <extracomment>Any of these stages (the dashboard&apos;s &quot;open&quot; or &quot;committed&quot;); empty means any stage.</extracomment>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>المتابعة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage since</source>
        <translation>المرحلة منذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The package&apos;s amount: the inquiry has no amount of its own yet.</source>
        <translation>مبلغ الباقة: ليس للاستفسار مبلغ خاص به بعد.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>لا تأخير</numerusform>
            <numerusform>تأخير يوم واحد</numerusform>
            <numerusform>تأخير يومين</numerusform>
            <numerusform>تأخير %n أيام</numerusform>
            <numerusform>تأخير %n يوماً</numerusform>
            <numerusform>تأخير %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationDisplay</name>
    <message>
        <location filename="../liaison_app/ui/invitations/display.py" line="+59"/>
        <source>Not stated</source>
        <extracomment>First-strong isolate: a date or a reference keeps its own order inside Arabic text. One colour per status, shared by the table and the dashboard (readable on light and dark).</extracomment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Member State</source>
        <translation>بلا دولة عضو</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>لم يبقَ أي يوم</numerusform>
            <numerusform>بقي يوم واحد</numerusform>
            <numerusform>بقي يومان</numerusform>
            <numerusform>بقيت %n أيام</numerusform>
            <numerusform>بقي %n يوماً</numerusform>
            <numerusform>بقي %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>لا تأخير</numerusform>
            <numerusform>تأخير يوم واحد</numerusform>
            <numerusform>تأخير يومين</numerusform>
            <numerusform>تأخير %n أيام</numerusform>
            <numerusform>تأخير %n يوماً</numerusform>
            <numerusform>تأخير %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged on</source>
        <translation>تاريخ تأكيد الاستلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders sent</source>
        <translation>التذكيرات المرسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reminder</source>
        <translation>آخر تذكير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>مستوى التمثيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>وثائق التفويض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials signed by</source>
        <translation>وثائق التفويض موقعة من</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials dated</source>
        <translation>تاريخ وثائق التفويض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>head of delegation</source>
        <translation>رئيس الوفد</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invitation recorded</source>
        <translation>سُجِّلت الدعوة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation deleted</source>
        <translation>حُذفت الدعوة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply logged</source>
        <translation>سُجِّل الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deleted</source>
        <translation>حُذف الرد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply created</source>
        <translation>أُنشئ الرد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply deleted: {summary}</source>
        <translation>حُذف الرد: {summary}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File attached: {name}</source>
        <translation>أُرفق ملف: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachment removed: {name}</source>
        <translation>أُزيل مرفق: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}:
{old}
→
{new}</source>
        <translation>{field}:
{old}
↓
{new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} ← {new}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reply deadline passed without a reply.</source>
        <translation>انقضى الموعد النهائي للرد دون ورود رد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply deadline was moved: the invitation is waiting again.</source>
        <translation>عُدِّل الموعد النهائي للرد: عادت الدعوة إلى انتظار الرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply was deleted.</source>
        <translation>حُذف الرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder sent.</source>
        <translation>أُرسل تذكير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the record: it was written before the audit trail.</source>
        <translation>من السجل الأصلي: دُوِّن قبل بدء سجل التدقيق.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Second source of the reply</source>
        <translation>مصدر ثانٍ للرد</translation>
    </message>
</context>
<context>
    <name>InvitationTableModel</name>
    <message>
        <location filename="../liaison_app/ui/invitations/table_model.py" line="+74"/>
        <source>Addressee</source>
        <extracomment>The row&apos;s InvitationRow. Replaceable in tests, so &quot;days left&quot; does not depend on when the tests run.</extracomment>
        <translation>المرسل إليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circular</source>
        <translation>الرسالة المعممة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by</source>
        <translation>وسيلة الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply received</source>
        <translation>تاريخ ورود الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Head of delegation: {name}</source>
        <translation>رئيس الوفد: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) make up this reply</source>
        <translation>
            <numerusform>لا مصادر لهذا الرد</numerusform>
            <numerusform>يتألف هذا الرد من مصدر واحد</numerusform>
            <numerusform>يتألف هذا الرد من مصدرين</numerusform>
            <numerusform>يتألف هذا الرد من %n مصادر</numerusform>
            <numerusform>يتألف هذا الرد من %n مصدراً</numerusform>
            <numerusform>يتألف هذا الرد من %n مصدر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reminder: {date}</source>
        <translation>آخر تذكير: {date}</translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <location filename="../liaison_app/ui/invitations/page.py" line="+327"/>
        <source>Put back what was deleted last (Ctrl+Z)</source>
        <extracomment>The officer selected non-repliers for reminders: (event reference, invitation ids). Replaceable in tests, so deadlines do not depend on when the tests run. The part of the filter the bar above the table cannot show (set by the dashboard). Loaded when first shown (or refreshed), not when built: the window builds a page and then activates it, and the first load should happen once.</extracomment>
        <translation>إعادة آخر ما حُذف (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>ال&amp;فعالية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit event…</source>
        <translation>تعديل الفعالية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event…</source>
        <translation>فعالية جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no event yet: create one with New event… to start inviting.</source>
        <translation>لا توجد فعالية بعد: أنشئ فعالية بالأمر «فعالية جديدة…» لبدء توجيه الدعوات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Invitations</source>
        <translation>الدعوات</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Circulars</source>
        <translation>الرسائل المعممة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines and reminders</source>
        <translation>المواعيد النهائية والتذكيرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>وسيلة الإرسال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Circular</source>
        <translation>الرسالة المعممة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search Member States, people, notes…</source>
        <translation>البحث في الدول الأعضاء والأشخاص والملاحظات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite…</source>
        <translation>دعوة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite Member States or contacts; those already invited are left as they are</source>
        <translation>دعوة دول أعضاء أو جهات اتصال؛ ومن سبقت دعوتهم يُتركون على حالهم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status…</source>
        <translation>تغيير الحالة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+324"/>
        <source>Log reply…</source>
        <translation>تسجيل رد…</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Second source…</source>
        <translation>مصدر ثانٍ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same reply came again (a signed letter after the online form)</source>
        <translation>ورد الرد نفسه مرة أخرى (رسالة موقعة بعد الاستمارة الإلكترونية)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply from a Member State…</source>
        <translation>رد من دولة عضو…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder sent</source>
        <translation>تسجيل إرسال تذكير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count a reminder sent today to each selected invitation</source>
        <translation>احتساب تذكير مرسل اليوم لكل دعوة محددة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New circular…</source>
        <translation>رسالة معممة جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show its invitations</source>
        <translation>عرض دعواتها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>الموعد النهائي للرد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Next reference: {reference}</source>
        <translation>المرجع التالي: {reference}</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Showing {shown} of %n invitation(s)</source>
        <translation>
            <numerusform>الدعوات المعروضة: {shown} من أصل %n</numerusform>
            <numerusform>الدعوات المعروضة: {shown} من أصل %n</numerusform>
            <numerusform>الدعوات المعروضة: {shown} من أصل %n</numerusform>
            <numerusform>الدعوات المعروضة: {shown} من أصل %n</numerusform>
            <numerusform>الدعوات المعروضة: {shown} من أصل %n</numerusform>
            <numerusform>الدعوات المعروضة: {shown} من أصل %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>waiting for a reply</source>
        <translation>التي تنتظر رداً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a reply</source>
        <translation>التي ورد عليها رد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without a reply</source>
        <translation>التي لم يرد عليها رد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent without a circular</source>
        <translation>المرسلة دون رسالة معممة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decision: {values}</source>
        <translation>القرار: {values}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>level: {values}</source>
        <translation>المستوى: {values}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reply received on {date}</source>
        <translation>التي ورد ردها في {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n chosen invitation(s)</source>
        <translation>
            <numerusform>لا دعوات مختارة</numerusform>
            <numerusform>دعوة واحدة مختارة</numerusform>
            <numerusform>دعوتان مختارتان</numerusform>
            <numerusform>%n دعوات مختارة</numerusform>
            <numerusform>%n دعوة مختارة</numerusform>
            <numerusform>%n دعوة مختارة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only invitations: {what}</source>
        <translation>يقتصر العرض على الدعوات: {what}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Correct reply…</source>
        <translation>تصحيح الرد…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n invitation(s) recorded.</source>
        <translation>
            <numerusform>لم تُسجَّل أي دعوة.</numerusform>
            <numerusform>سُجِّلت دعوة واحدة.</numerusform>
            <numerusform>سُجِّلت دعوتان.</numerusform>
            <numerusform>سُجِّلت %n دعوات.</numerusform>
            <numerusform>سُجِّلت %n دعوة.</numerusform>
            <numerusform>سُجِّلت %n دعوة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n addressee(s) had already been invited and were left as they are.</source>
        <translation>
            <numerusform>لا توجد جهات سبقت دعوتها.</numerusform>
            <numerusform>جهة واحدة سبقت دعوتها فتُركت على حالها.</numerusform>
            <numerusform>جهتان سبقت دعوتهما فتُركتا على حالهما.</numerusform>
            <numerusform>%n جهات سبقت دعوتها فتُركت على حالها.</numerusform>
            <numerusform>%n جهة سبقت دعوتها فتُركت على حالها.</numerusform>
            <numerusform>%n جهة سبقت دعوتها فتُركت على حالها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n invitation(s) changed.</source>
        <translation>
            <numerusform>لم تُعدَّل أي دعوة.</numerusform>
            <numerusform>عُدِّلت دعوة واحدة.</numerusform>
            <numerusform>عُدِّلت دعوتان.</numerusform>
            <numerusform>عُدِّلت %n دعوات.</numerusform>
            <numerusform>عُدِّلت %n دعوة.</numerusform>
            <numerusform>عُدِّلت %n دعوة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not changed:</source>
        <translation>
            <numerusform>دعوات لم تُعدَّل:</numerusform>
            <numerusform>دعوة واحدة لم تُعدَّل:</numerusform>
            <numerusform>دعوتان لم تُعدَّلا:</numerusform>
            <numerusform>%n دعوات لم تُعدَّل:</numerusform>
            <numerusform>%n دعوة لم تُعدَّل:</numerusform>
            <numerusform>%n دعوة لم تُعدَّل:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Delete invitations</source>
        <translation>حذف الدعوات</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n invitation(s)? Use this for invitations recorded by mistake; the deletion stays in the history.</source>
        <translation>
            <numerusform>هل تريد حذف الدعوات؟ استخدم هذا الإجراء للدعوات المسجلة خطأً؛ ويبقى الحذف مدوَّناً في السجل.</numerusform>
            <numerusform>هل تريد حذف دعوة واحدة؟ استخدم هذا الإجراء للدعوات المسجلة خطأً؛ ويبقى الحذف مدوَّناً في السجل.</numerusform>
            <numerusform>هل تريد حذف دعوتين؟ استخدم هذا الإجراء للدعوات المسجلة خطأً؛ ويبقى الحذف مدوَّناً في السجل.</numerusform>
            <numerusform>هل تريد حذف %n دعوات؟ استخدم هذا الإجراء للدعوات المسجلة خطأً؛ ويبقى الحذف مدوَّناً في السجل.</numerusform>
            <numerusform>هل تريد حذف %n دعوة؟ استخدم هذا الإجراء للدعوات المسجلة خطأً؛ ويبقى الحذف مدوَّناً في السجل.</numerusform>
            <numerusform>هل تريد حذف %n دعوة؟ استخدم هذا الإجراء للدعوات المسجلة خطأً؛ ويبقى الحذف مدوَّناً في السجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n invitation(s) deleted.</source>
        <translation>
            <numerusform>لم تُحذف أي دعوة.</numerusform>
            <numerusform>حُذفت دعوة واحدة.</numerusform>
            <numerusform>حُذفت دعوتان.</numerusform>
            <numerusform>حُذفت %n دعوات.</numerusform>
            <numerusform>حُذفت %n دعوة.</numerusform>
            <numerusform>حُذفت %n دعوة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Circular {reference} deleted.</source>
        <translation>حُذف التعميم {reference}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deletion undone.</source>
        <translation>أُلغي الحذف.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/invite_dialog.py" line="+225"/>
        <source>Invite</source>
        <extracomment>How many contacts a search lists at once; typing more narrows it.</extracomment>
        <translation>دعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>وسيلة الإرسال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No circular: the event itself</source>
        <translation>بلا رسالة معممة: الفعالية نفسها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States</source>
        <translation>الدول الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Member States</source>
        <translation>كل الدول الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Member States of these regions:</source>
        <translation>الدول الأعضاء في هذه المناطق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States chosen one by one:</source>
        <translation>دول أعضاء تُختار فرادى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a Member State…</source>
        <translation>البحث عن دولة عضو…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a contact by name, organization…</source>
        <translation>البحث عن جهة اتصال بالاسم أو المنظمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record as sent on</source>
        <translation>التسجيل بوصفها مرسلة في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: the invitations are recorded as drafts.</source>
        <translation>إذا لم يُحدَّد هذا الخيار، تُسجَّل الدعوات بوصفها مسودات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, kept with each invitation</source>
        <translation>اختياري، يُحفظ مع كل دعوة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>already invited</source>
        <translation>سبقت دعوتها</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n new invitation(s)</source>
        <translation>
            <numerusform>لا دعوات جديدة</numerusform>
            <numerusform>دعوة جديدة واحدة</numerusform>
            <numerusform>دعوتان جديدتان</numerusform>
            <numerusform>%n دعوات جديدة</numerusform>
            <numerusform>%n دعوة جديدة</numerusform>
            <numerusform>%n دعوة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already invited, left as they are</source>
        <translation>
            <numerusform>لا توجد جهات سبقت دعوتها</numerusform>
            <numerusform>جهة واحدة سبقت دعوتها وتُترك على حالها</numerusform>
            <numerusform>جهتان سبقت دعوتهما وتُتركان على حالهما</numerusform>
            <numerusform>%n جهات سبقت دعوتها وتُترك على حالها</numerusform>
            <numerusform>%n جهة سبقت دعوتها وتُترك على حالها</numerusform>
            <numerusform>%n جهة سبقت دعوتها وتُترك على حالها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) chosen</source>
        <translation>
            <numerusform>لم تُختر أي جهة اتصال</numerusform>
            <numerusform>اختيرت جهة اتصال واحدة</numerusform>
            <numerusform>اختيرت جهتا اتصال</numerusform>
            <numerusform>اختيرت %n جهات اتصال</numerusform>
            <numerusform>اختيرت %n جهة اتصال</numerusform>
            <numerusform>اختيرت %n جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../liaison_app/ui/template_editor.py" line="+54"/>
        <source>Invitation</source>
        <extracomment>Milliseconds of quiet typing before the preview is rendered again.</extracomment>
        <translation>دعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking-slot confirmation</source>
        <translation>تأكيد موعد الكلمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting-list notice</source>
        <translation>إشعار بالإدراج في قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership acknowledgement</source>
        <translation>إشعار باستلام استفسار الشراكة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank-you letter</source>
        <translation>رسالة شكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free letter</source>
        <translation>رسالة حرة</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../liaison_app/ui/letters_page.py" line="+68"/>
        <source>Save the pack of letters</source>
        <extracomment>Settings key: the folder of the last pack, offered again next time.</extracomment>
        <translation>حفظ مجموعة الرسائل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Event</source>
        <extracomment>A pack finished (its report), was cancelled (None) or failed: tests wait on it.</extracomment>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a pack</source>
        <translation>إنشاء مجموعة رسائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register of letters</source>
        <translation>سجل الرسائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of letter</source>
        <translation>نوع الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the letters</source>
        <translation>لغة الرسائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start each letter on a new sheet (two-sided printing)</source>
        <translation>بدء كل رسالة في ورقة جديدة (للطباعة على الوجهين)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an English courtesy copy after each letter in another language</source>
        <translation>إضافة نسخة مجاملة بالإنكليزية بعد كل رسالة بلغة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save each letter as its own PDF</source>
        <translation>حفظ كل رسالة أيضاً في ملف PDF مستقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate pack…</source>
        <translation>إنشاء المجموعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack appears here once generated.</source>
        <translation>تظهر المجموعة هنا بعد إنشائها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a letter to see it.</source>
        <translation>اختر رسالة لعرضها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each recipient&apos;s language</source>
        <translation>لغة كل مرسل إليه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Protocol order</source>
        <translation>ترتيب البروتوكول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Member State name</source>
        <translation>حسب اسم الدولة العضو</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no event in this database yet.</source>
        <translation>لا توجد فعالية في قاعدة البيانات هذه بعد.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No one is to receive a letter of this kind for this event.</source>
        <translation>لا يوجد من يتلقى رسالة من هذا النوع لهذه الفعالية.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tick at least one recipient.</source>
        <translation>حدِّد مرسلاً إليه واحداً على الأقل.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Composing the letters…</source>
        <translation>جارٍ تحرير الرسائل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation>جارٍ إخراج الصفحات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the files…</source>
        <translation>جارٍ كتابة الملفات…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Generating the pack of letters…</source>
        <translation>جارٍ إنشاء مجموعة الرسائل…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{letters} letters, {pages} pages: {path}</source>
        <translation>الرسائل: {letters}، الصفحات: {pages} — {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each letter is also in {folder}</source>
        <translation>وكل رسالة محفوظة أيضاً في {folder}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The pack could not be made; the details are in the log file.</source>
        <translation>تعذّر إنشاء المجموعة؛ التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: no letter was written or registered.</source>
        <translation>أُلغيت العملية: لم تُكتب أي رسالة ولم تُسجَّل.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file of this letter is not there any more.</source>
        <translation>ملف هذه الرسالة لم يعد موجوداً.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the file is the one registered (SHA-256 matches).</source>
        <translation>{path}: الملف مطابق للملف المسجَّل (بصمة SHA-256 متطابقة).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the file has changed since it was registered.</source>
        <translation>{path}: تغيّر الملف منذ تسجيله.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../liaison_app/ui/main_window.py" line="+167"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database file</source>
        <translation>إنشاء ملف قاعدة بيانات فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on another database file</source>
        <translation>العمل على ملف قاعدة بيانات آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the database in a folder</source>
        <translation>حفظ نسخة من قاعدة البيانات في مجلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;استعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the database with a backup; the current one is kept</source>
        <translation>استبدال قاعدة البيانات بنسخة احتياطية، مع الاحتفاظ بالحالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Liaison Desk</source>
        <translation>&amp;حول Liaison Desk</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Database: {name}</source>
        <translation>قاعدة البيانات: {name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About Liaison Desk</source>
        <translation>حول Liaison Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Liaison Desk {version}&lt;/h3&gt;&lt;p&gt;Invitations to Member States, replies, delegations, speaking slots, partnership inquiries and packs of signed letters, for the liaison office of a conference secretariat.&lt;/p&gt;&lt;p&gt;Works offline; your data stay in the database file you choose.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison Desk {version}&lt;/h3&gt;&lt;p&gt;الدعوات الموجهة إلى الدول الأعضاء، والردود، والوفود، ومواعيد الكلمات، واستفسارات الشراكة، ومجموعات الرسائل الموقّعة، لمكتب الاتصال في أمانة مؤتمر.&lt;/p&gt;&lt;p&gt;يعمل دون اتصال بالإنترنت، وتبقى بياناتك في ملف قاعدة البيانات الذي تختاره.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/mapping_page.py" line="+116"/>
        <source>Say which column holds what</source>
        <extracomment>Example values shown for each column.</extracomment>
        <translation>تحديد محتوى كل عمود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the headers, in any of the six languages. Change any column; columns left out are not imported.</source>
        <translation>اقتُرح التعيين انطلاقاً من رؤوس الأعمدة، بأي من اللغات الست. يمكنك تغيير أي عمود؛ والأعمدة المستبعدة لا تُستورد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column of the file</source>
        <translation>عمود الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>أمثلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>يُستورد بوصفه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split a full name into form of address, given and family names (“H.E. Mr José PÉREZ”)</source>
        <translation>تقسيم الاسم الكامل إلى صيغة المخاطبة والاسم الأول واسم العائلة («H.E. Mr José PÉREZ»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved mappings:</source>
        <translation>تعيينات الأعمدة المحفوظة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping as…</source>
        <translation>حفظ تعيين الأعمدة هذا باسم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State of rows that name none:</source>
        <translation>الدولة العضو للصفوف التي لا تذكر دولة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: any name or ISO code</source>
        <translation>اختياري: أي اسم أو رمز ISO</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>(leave out)</source>
        <translation>(استبعاد)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the column that holds the names (Full name, or Given and Family name): a contact cannot be imported without one.</source>
        <translation>اختر العمود الذي يحتوي على الأسماء (الاسم الكامل، أو الاسم الأول واسم العائلة): لا يمكن استيراد جهة اتصال دون اسم.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save mapping</source>
        <translation>حفظ تعيين الأعمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this mapping (to use it again for files with the same headers):</source>
        <translation>اسم تعيين الأعمدة هذا (لاستخدامه مجدداً مع الملفات ذات رؤوس الأعمدة نفسها):</translation>
    </message>
</context>
<context>
    <name>MemberStateEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_state_editor.py" line="+143"/>
        <source>Member State: {name}</source>
        <translation>الدولة العضو: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 3166 codes: {alpha2} · {alpha3}</source>
        <translation>رموز ISO 3166: {alpha2} · {alpha3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Short name</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>Formal name</source>
        <translation>الاسم الرسمي</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Subregion</source>
        <translation>المنطقة الفرعية</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Language of correspondence</source>
        <translation>لغة المراسلة</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Member of the organization</source>
        <translation>عضو في المنظمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters go in this language when a contact has no language of their own.</source>
        <translation>تُرسل الرسائل بهذه اللغة عندما لا تكون لجهة الاتصال لغة خاصة بها.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Each language needs a short and a formal name; missing in: {languages}.</source>
        <translation>تحتاج كل لغة إلى اسم مختصر واسم رسمي؛ الناقص في: {languages}.</translation>
    </message>
</context>
<context>
    <name>MemberStateField</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_state_field.py" line="+62"/>
        <source>“{text}” may be {names}: choose one.</source>
        <extracomment>How many completions the popup offers. The state now named (a MemberStateEntry), or None.</extracomment>
        <translation>قد يُقصد بـ«{text}» إحدى الدول التالية: {names}؛ اختر واحدة منها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Member State is called “{text}”.</source>
        <translation>لا توجد دولة عضو باسم «{text}».</translation>
    </message>
</context>
<context>
    <name>MemberStatesPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_states_page.py" line="+93"/>
        <source>ISO code</source>
        <extracomment>Every name and code, folded, for the search box.</extracomment>
        <translation>رمز ISO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formal name</source>
        <translation>الاسم الرسمي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of correspondence</source>
        <translation>لغة المراسلة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Search by name in any of the six languages, or ISO code</source>
        <translation>ابحث بالاسم بأي من اللغات الست، أو برمز ISO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n Member State(s)</source>
        <translation>
            <numerusform>لا دول أعضاء</numerusform>
            <numerusform>دولة عضو واحدة</numerusform>
            <numerusform>دولتان عضوان</numerusform>
            <numerusform>%n دول أعضاء</numerusform>
            <numerusform>%n دولة عضواً</numerusform>
            <numerusform>%n دولة عضو</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/move_dialog.py" line="+71"/>
        <source>Move a speaker</source>
        <translation>نقل متحدث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where should %1 (%2) speak?</source>
        <translation>في أي موضع يأخذ %1 (%2) الكلمة؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waitlist</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session</source>
        <translation>ال&amp;جلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;lot</source>
        <translation>ال&amp;ترتيب</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/organization_editor.py" line="+133"/>
        <source>New organization</source>
        <translation>منظمة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: {name}</source>
        <translation>المنظمة: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name as written *</source>
        <translation>الاسم كما يُكتب *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Latin script</source>
        <translation>الاسم بالأحرف اللاتينية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State</source>
        <translation>الدولة العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a name in any of the six languages, or an ISO code</source>
        <translation>اكتب اسماً بأي من اللغات الست، أو رمز ISO</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A name is required.</source>
        <translation>الاسم مطلوب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too long: at most {limit} characters.</source>
        <translation>النص أطول من اللازم: الحد الأقصى لعدد المحارف {limit}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as {phone}</source>
        <translation>يُحفظ بالصيغة: {phone}</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/organizations_page.py" line="+105"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Latin script</source>
        <translation>الاسم بالأحرف اللاتينية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member State</source>
        <translation>الدولة العضو</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Search by name, acronym, e-mail or Member State</source>
        <extracomment>Deletions that Undo can still put back, most recent last.</extracomment>
        <translation>البحث بالاسم أو الاختصار أو البريد الإلكتروني أو الدولة العضو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New organization…</source>
        <translation>منظمة جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the deleted organization back (Ctrl+Z)</source>
        <translation>إعادة المنظمة المحذوفة (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No organization yet. Add one with “New organization…”, or import a contact list: its ministries and missions are added with the people.</source>
        <translation>لا توجد منظمات بعد. أضف منظمة بالأمر «منظمة جديدة…»، أو استورد قائمة جهات اتصال: تُضاف الوزارات والبعثات الواردة فيها مع الأشخاص.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>لا توجد منظمات</numerusform>
            <numerusform>منظمة واحدة</numerusform>
            <numerusform>منظمتان</numerusform>
            <numerusform>%n منظمات</numerusform>
            <numerusform>%n منظمة</numerusform>
            <numerusform>%n منظمة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete the organization “{name}”?</source>
        <translation>هل تريد حذف المنظمة «{name}»؟</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) will keep their details but no longer belong to it.</source>
        <translation>
            <numerusform>لا توجد جهات اتصال تابعة لها.</numerusform>
            <numerusform>ستحتفظ جهة اتصال واحدة ببياناتها، لكنها لن تبقى تابعة لها.</numerusform>
            <numerusform>ستحتفظ جهتا اتصال ببياناتهما، لكنهما لن تبقيا تابعتين لها.</numerusform>
            <numerusform>ستحتفظ %n جهات اتصال ببياناتها، لكنها لن تبقى تابعة لها.</numerusform>
            <numerusform>ستحتفظ %n جهة اتصال ببياناتها، لكنها لن تبقى تابعة لها.</numerusform>
            <numerusform>ستحتفظ %n جهة اتصال ببياناتها، لكنها لن تبقى تابعة لها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete organization</source>
        <translation>حذف المنظمة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” deleted.</source>
        <translation>حُذفت المنظمة «{name}».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{name}” restored.</source>
        <translation>استُعيدت المنظمة «{name}».</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/package_editor.py" line="+159"/>
        <source>New package</source>
        <translation>باقة جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit package</source>
        <translation>تعديل الباقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier (1 highest):</source>
        <translation>ال&amp;فئة (1 أعلاها):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>ال&amp;مبلغ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Places:</source>
        <translation>عدد ال&amp;أماكن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and benefits:</source>
        <translation>الاسم والمزايا:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limited to</source>
        <translation>بحد أقصى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example PLAT</source>
        <translation>مثلاً PLAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benefits:</source>
        <translation>الم&amp;زايا:</translation>
    </message>
</context>
<context>
    <name>PackageTableModel</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/packages_model.py" line="+66"/>
        <source>Tier</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed</source>
        <translation>المحجوزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still available</source>
        <translation>المتاحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefits</source>
        <translation>المزايا</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sold out</source>
        <translation>نفدت</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/page.py" line="+356"/>
        <source>&amp;Event:</source>
        <extracomment>Stages asked for by a dashboard link that are neither one stage nor a group offered.</extracomment>
        <translation>ال&amp;فعالية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New inquiry</source>
        <translation>استفسار جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a new inquiry (%1)</source>
        <translation>تسجيل استفسار جديد (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen inquiry (Enter)</source>
        <translation>تعديل الاستفسار المختار (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the chosen inquiry (Delete); it can be undone</source>
        <translation>حذف الاستفسار المختار (Delete)؛ ويمكن التراجع عن ذلك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New package</source>
        <translation>باقة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates…</source>
        <translation>أسعار الصرف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give exchange rates to see the whole pipeline in one currency</source>
        <translation>إدخال أسعار الصرف لعرض المسار كله بعملة واحدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo delete</source>
        <translation>التراجع عن الحذف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no event in this database yet. Packages and inquiries belong to an event: create the event first (the demo database has the WSIS Forum 2022).</source>
        <translation>لا توجد فعالية في قاعدة البيانات هذه بعد. الباقات والاستفسارات تابعة لفعالية: أنشئ الفعالية أولاً (تتضمن قاعدة البيانات التجريبية منتدى القمة العالمية لمجتمع المعلومات لعام 2022).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>الرسم البياني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translation>الباقات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue follow-ups only</source>
        <translation>المتابعات المتأخرة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search organization, contact, package, notes</source>
        <translation>البحث في المنظمة وجهة الاتصال والباقة والملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit package</source>
        <translation>تعديل الباقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete package</source>
        <translation>حذف الباقة</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>All stages</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open: not yet committed</source>
        <translation>مفتوحة: لم يُقدَّم تعهّد بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed, signed or paid</source>
        <translation>تعهّد أو اتفاق موقّع أو مبلغ مسدَّد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All packages</source>
        <translation>كل الباقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No package</source>
        <translation>بلا باقة</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 of %n inquiries</source>
        <translation>
            <numerusform>الاستفسارات: %1 من أصل %n</numerusform>
            <numerusform>الاستفسارات: %1 من أصل %n</numerusform>
            <numerusform>الاستفسارات: %1 من أصل %n</numerusform>
            <numerusform>الاستفسارات: %1 من أصل %n</numerusform>
            <numerusform>الاستفسارات: %1 من أصل %n</numerusform>
            <numerusform>الاستفسارات: %1 من أصل %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Prospects:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;المبالغ المحتملة:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Committed or paid:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;المتعهد به أو المدفوع:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;All in %1 at your rates:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;الإجمالي بعملة %1 حسب أسعارك:&lt;/b&gt; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>لا متابعات متأخرة</numerusform>
            <numerusform>متابعة واحدة متأخرة</numerusform>
            <numerusform>متابعتان متأخرتان</numerusform>
            <numerusform>%n متابعات متأخرة</numerusform>
            <numerusform>%n متابعة متأخرة</numerusform>
            <numerusform>%n متابعة متأخرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete the inquiry</source>
        <translation>حذف الاستفسار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the inquiry from {organization}? You can undo this right after.</source>
        <translation>هل تريد حذف الاستفسار الوارد من {organization}؟ يمكنك التراجع عن ذلك مباشرة بعد الحذف.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The inquiry from {organization} was deleted.</source>
        <translation>حُذف الاستفسار الوارد من {organization}.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to</source>
        <translation>نقل إلى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (asks first)</source>
        <translation>%1 (يتطلب تأكيداً)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopen…</source>
        <translation>إعادة فتح…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete the package</source>
        <translation>حذف الباقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the package {package}?</source>
        <translation>هل تريد حذف الباقة {package}؟</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../liaison_app/ui/pdf_preview.py" line="+111"/>
        <source>This PDF cannot be shown.</source>
        <extracomment>Resolution of the page images sent to the printer. The document loaded and is being painted (page count known).</extracomment>
        <translation>يتعذر عرض ملف PDF هذا.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No printer is installed on this computer. Save the PDF and print it from a computer with a printer, or install one and try again.</source>
        <translation>لا توجد طابعة مثبتة على هذا الحاسوب. احفظ ملف PDF واطبعه من حاسوب متصل بطابعة، أو ثبّت طابعة وأعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/chart.py" line="+60"/>
        <source>Pipeline value by stage: one bar per currency, never added up</source>
        <translation>قيمة المسار حسب المرحلة: عمود لكل عملة، دون جمع العملات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All currencies in %1, at your rates</source>
        <translation>كل العملات محوّلة إلى %1، حسب أسعارك</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No amounts yet: the chart fills as inquiries get amounts.</source>
        <translation>لا توجد مبالغ بعد: يمتلئ الرسم البياني كلما حُددت مبالغ للاستفسارات.</translation>
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
        <translation>{section}: هذا الجزء من Liaison Desk ليس متاحاً بعد، وسيُضاف في إصدار لاحق.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/small_dialogs.py" line="+77"/>
        <source>Exchange rates</source>
        <translation>أسعار الصرف</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amounts in different currencies are never added together on their own. Give today&apos;s rates to see the whole pipeline in one currency; they are used for this view only.</source>
        <translation>لا تُجمع المبالغ المقوَّمة بعملات مختلفة تلقائياً أبداً. أدخل أسعار اليوم لعرض المسار كله بعملة واحدة؛ ولا تُستخدم هذه الأسعار إلا في هذا العرض.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show in:</source>
        <translation>ال&amp;عرض بعملة:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>1 %1 = … %2</source>
        <translation>1 %1 = … %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the currency to show the pipeline in.</source>
        <translation>اختر العملة التي يُعرض بها المسار.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/reason_dialog.py" line="+34"/>
        <source>For example: the Minister arrives in Geneva on 1 June (e-mail of 20 April).</source>
        <translation>مثلاً: يصل الوزير إلى جنيف في 1 يونيو (رسالة بريد إلكتروني مؤرخة 20 أبريل).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reason is kept with the change and shown when someone asks why.</source>
        <translation>يُحفظ السبب مع التغيير ويُعرض عند الاستفسار عنه.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../liaison_app/ui/letters_page.py" line="-469"/>
        <source>Generated</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>المرسل إليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/small_dialogs.py" line="-115"/>
        <source>Reopen the inquiry</source>
        <translation>إعادة فتح الاستفسار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example: the payment was returned</source>
        <translation>مثلاً: أُعيد المبلغ المدفوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{organization} will be worked on again from the stage you choose.</source>
        <translation>سيُستأنف العمل على استفسار {organization} من المرحلة التي تختارها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to &amp;stage:</source>
        <translation>العودة إلى ال&amp;مرحلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/reply_dialog.py" line="+251"/>
        <source>Log a reply</source>
        <extracomment>A first reply to an invitation. The same reply arrived again (letter after the online form): merged into the one reply. Correcting the reply as a whole. A reply from a Member State chosen in the dialog, invited or not. What the save did (ReplyLogged), once accepted.</extracomment>
        <translation>تسجيل رد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a second source of the reply</source>
        <translation>إضافة مصدر ثانٍ للرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the reply</source>
        <translation>تصحيح الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a reply from a Member State</source>
        <translation>تسجيل رد من دولة عضو</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member State</source>
        <translation>الدولة العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>وسيلة الاستلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>مستوى التمثيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their reference</source>
        <translation>مرجع المرسِل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note verbale number, form entry…</source>
        <translation>رقم المذكرة الشفوية، أو رقم قيد الاستمارة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the Member State</source>
        <translation>اكتب للبحث عن الدولة العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>وثائق التفويض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed by</source>
        <translation>موقعة من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dated</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files…</source>
        <translation>إرفاق ملفات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply to {reference}</source>
        <translation>الرد على {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{addressee} — invitation sent on {date}</source>
        <translation>{addressee} — أُرسلت الدعوة في {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This source is merged into the reply already logged: the latest word decides, the strongest credentials are kept.</source>
        <translation>يُدمج هذا المصدر في الرد المسجَّل من قبل: العبرة بآخر ما ورد، ويُحتفظ بأقوى وثائق التفويض.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Arrived as: {sources}</source>
        <translation>ورد عن طريق: {sources}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Attach files to the reply</source>
        <translation>إرفاق ملفات بالرد</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose the Member State the reply comes from.</source>
        <translation>اختر الدولة العضو التي ورد منها الرد.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not invited</source>
        <translation>غير مدعوة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} was not invited by {reference}. Record the invitation (as sent with the circular) and log this reply?</source>
        <translation>لم تُوجَّه دعوة إلى {state} في إطار {reference}. هل تريد تسجيل الدعوة (بوصفها مرسلة مع الرسالة المعممة) وتسجيل هذا الرد؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this event</source>
        <translation>هذه الفعالية</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/request_editor.py" line="+170"/>
        <source>Speaking request</source>
        <translation>طلب أخذ الكلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the &amp;reply of</source>
        <translation>من ال&amp;رد الوارد من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none: entered by hand)</source>
        <translation>(لا يوجد: أُدخل يدوياً)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation</source>
        <translation>ال&amp;وفد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speaker</source>
        <translation>ال&amp;متحدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title or position</source>
        <translation>ال&amp;لقب أو المنصب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level of representation</source>
        <translation>مستوى ال&amp;تمثيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participation</source>
        <translation>طريقة الم&amp;شاركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on</source>
        <translation>تاريخ الا&amp;ستلام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the request reached the Secretariat, to the minute: within a level, the first received speaks first.</source>
        <translation>وقت وصول الطلب إلى الأمانة، بالدقيقة: ضمن المستوى الواحد، يأخذ الكلمة أولاً من ورد طلبه أولاً.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Channel</source>
        <translation>ال&amp;وسيلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;1st preference</source>
        <translation>الجلسة المفضلة ال&amp;أولى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2nd preference</source>
        <translation>الجلسة المفضلة ال&amp;ثانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3rd preference</source>
        <translation>الجلسة المفضلة ال&amp;ثالثة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <location filename="../liaison_app/ui/speaking/requests_model.py" line="+159"/>
        <source>Status</source>
        <extracomment>Any of these statuses (a dashboard link may name several); empty means any status.</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>طريقة المشاركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waitlist %1</source>
        <translation>قائمة الانتظار: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Placed by hand: %1</source>
        <translation>وُضع يدوياً: %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/run_page.py" line="+61"/>
        <source>Importing</source>
        <extracomment>Called once when a running import ends, however it ends (the wizard closes then).</extracomment>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is written in one go: if you cancel, nothing is added or changed.</source>
        <translation>تُكتب البيانات كلها دفعة واحدة: إذا ألغيت العملية، فلن يُضاف أو يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the summary</source>
        <translation>عرض الملخص</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing the rows of {name}…</source>
        <translation>جارٍ استيراد صفوف {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing contacts…</source>
        <translation>جارٍ استيراد جهات الاتصال…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing: {done} of {total} contacts written…</source>
        <translation>جارٍ الاستيراد — جهات الاتصال المكتوبة: {done} من أصل {total}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The import was cancelled: nothing was added or changed.</source>
        <translation>أُلغي الاستيراد: لم يُضف أو يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import failed and nothing was changed. The details were saved in the log.</source>
        <translation>تعذّر الاستيراد ولم يُغيَّر أي شيء. حُفظت التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../liaison_app/ui/sections.py" line="+56"/>
        <source>Dashboard</source>
        <extracomment>Name of the SVG in ui/icons/ (without .svg). Sidebar order; Ctrl+1 … Ctrl+7 follow it.</extracomment>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations &amp; replies</source>
        <translation>الدعوات والردود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking slots</source>
        <translation>مواعيد الكلمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnerships</source>
        <translation>الشراكات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp; export</source>
        <translation>الاستيراد والتصدير</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It will show, for each event, how many invitations were sent, how many replies came back, who is still to answer and which deadlines are near.</source>
        <translation>ستعرض لكل فعالية عدد الدعوات المرسلة وعدد الردود الواردة ومن لم يرد بعد والمواعيد النهائية القريبة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will list ministries, permanent missions and their people, with forms of address, positions and preferred languages, and let you search and edit them.</source>
        <translation>ستسرد الوزارات والبعثات الدائمة والعاملين فيها، مع صيغ المخاطبة والمناصب واللغات المفضلة، وتتيح البحث فيها وتعديلها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will follow each circular to the Member States: when it was sent, by which channel, and the reply that came back with its delegation.</source>
        <translation>ستتابع كل رسالة معمّمة إلى الدول الأعضاء: متى أُرسلت وبأي وسيلة، والرد الوارد مع الوفد المعني.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will take speaking requests and allocate the slots of each session in protocol order, in person before remote.</source>
        <translation>ستتلقى طلبات أخذ الكلمة وتوزّع مواعيد كل جلسة حسب ترتيب البروتوكول، مع تقديم الحضور الشخصي على المشاركة عن بُعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will follow partnership inquiries from first contact to signed agreement and payment, with amounts and follow-up dates.</source>
        <translation>ستتابع استفسارات الشراكة من أول اتصال حتى توقيع الاتفاق والدفع، مع المبالغ ومواعيد المتابعة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will generate letters in the recipient&apos;s language from templates and print packs of signed letters, each one registered.</source>
        <translation>ستُنشئ الرسائل بلغة المرسَل إليه انطلاقاً من النماذج، وتطبع مجموعات من الرسائل الموقّعة، مع تسجيل كل رسالة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will import contact lists from Excel or CSV files and export lists and event reports to Excel workbooks.</source>
        <translation>ستستورد قوائم جهات الاتصال من ملفات Excel أو CSV، وتصدّر القوائم وتقارير الفعاليات إلى مصنّفات Excel.</translation>
    </message>
</context>
<context>
    <name>SessionLane</name>
    <message>
        <location filename="../liaison_app/ui/speaking/scheduler.py" line="+334"/>
        <source>Waitlist</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In order: the first moves up when a slot frees.</source>
        <translation>بالترتيب: يتقدم الأول عندما يشغر موعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting.</source>
        <translation>لا أحد في الانتظار.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>in person only</source>
        <translation>حضوري فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remote only</source>
        <translation>عن بُعد فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>takes no speakers</source>
        <translation>لا تتضمن كلمات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speaker yet: drop one here.</source>
        <translation>لا متحدثين بعد: أفلت متحدثاً هنا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 speakers for %2 slots of %3 minutes</source>
        <translation>المتحدثون: %1 — المواعيد المتاحة: %2 (مدة كل موعد بالدقائق: %3)</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/source_page.py" line="+99"/>
        <source>Check how the file is read</source>
        <translation>التحقق من طريقة قراءة الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preview changes as you choose. The header row is in bold; grey rows are titles or totals and are not imported.</source>
        <translation>تتغير المعاينة بحسب اختياراتك. صف رؤوس الأعمدة بخط غامق؛ والصفوف الرمادية عناوين أو مجاميع لا تُستورد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>الفاصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the selected row as the header</source>
        <translation>استخدام الصف المحدد صفاً لرؤوس الأعمدة</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+18"/>
        <source>Detected</source>
        <translation>المكتشَف تلقائياً</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Detected: {encoding}</source>
        <translation>المكتشَف تلقائياً: {encoding}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comma  ,</source>
        <translation>فاصلة  ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon  ;</source>
        <translation>فاصلة منقوطة  ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>علامة الجدولة (Tab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar  |</source>
        <translation>خط عمودي  |</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This file could not be read. The details were saved in the log.</source>
        <translation>تعذّرت قراءة هذا الملف. حُفظت التفاصيل في السجل.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{rows} rows below the header, {columns} columns.</source>
        <translation>الصفوف تحت رؤوس الأعمدة: {rows}، الأعمدة: {columns}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header is row {number}.</source>
        <translation>صف رؤوس الأعمدة هو الصف {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out as totals or notes: rows {numbers}.</source>
        <translation>استُبعدت بوصفها مجاميع أو ملاحظات: الصفوف {numbers}.</translation>
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
        <translation>مؤكد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed by hand</source>
        <translation>وُضع يدوياً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received late</source>
        <translation>ورد متأخراً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Placed by hand: %1</source>
        <translation>وُضع يدوياً: %1</translation>
    </message>
</context>
<context>
    <name>SpeakingPage</name>
    <message>
        <location filename="../liaison_app/ui/speaking/page.py" line="+305"/>
        <source>&amp;Event:</source>
        <extracomment>Replaceable in tests: asks the officer why (None when cancelled).</extracomment>
        <translation>ال&amp;فعالية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Allocate all</source>
        <translation>&amp;توزيع الكل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give every open request a slot by protocol order: level, then in person before remote, then time of receipt. Placements made by hand and confirmed slots are kept.</source>
        <translation>منح كل طلب مفتوح موعداً حسب ترتيب البروتوكول: المستوى، ثم الحضور الشخصي قبل المشاركة عن بُعد، ثم وقت الاستلام. ويُحتفظ بالمواضع المحددة يدوياً والمواعيد المؤكدة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New request…</source>
        <translation>طلب &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>ت&amp;عديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import form export…</source>
        <translation>&amp;استيراد ملف الاستمارة المُصدَّر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the requests of the online form&apos;s spreadsheet export (Excel or CSV)</source>
        <translation>إضافة الطلبات الواردة في جدول البيانات المُصدَّر من الاستمارة الإلكترونية (Excel أو CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why here?</source>
        <translation>&amp;لماذا هنا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the selected speaker sits where they sit (Ctrl+I)</source>
        <translation>سبب وضع المتحدث المحدد في موضعه (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to…</source>
        <translation>&amp;نقل إلى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm slot</source>
        <translation>تأكيد ال&amp;موعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delegation was told its slot: the speaker keeps the session from now on.</source>
        <translation>أُبلغ الوفد بموعده: يحتفظ المتحدث بالجلسة من الآن فصاعداً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;سحب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the &amp;rules place it…</source>
        <translation>ترك القواعد ت&amp;حدد موضعه…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo a placement made by hand: the rules place the speaker again.</source>
        <translation>التراجع عن الوضع اليدوي: تحدد القواعد موضع المتحدث من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List in:</source>
        <translation>لغة ال&amp;قائمة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print or save…</source>
        <translation>&amp;طباعة أو حفظ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list of speakers as PDF…</source>
        <translation>حفظ قائمة المتحدثين بصيغة PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the moderator&apos;s run sheet as PDF…</source>
        <translation>حفظ ورقة سير الجلسة لمدير الجلسة بصيغة PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the list of speakers…</source>
        <translation>طباعة قائمة المتحدثين…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the moderator&apos;s run sheet…</source>
        <translation>طباعة ورقة سير الجلسة لمدير الجلسة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduler</source>
        <translation>الجدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search country, speaker, session…</source>
        <translation>البحث عن بلد أو متحدث أو جلسة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All levels</source>
        <translation>كل المستويات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts only</source>
        <translation>التعارضات فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+211"/>
        <source>Why here?</source>
        <translation>لماذا هنا؟</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Select a speaker to see why they sit where they sit.</source>
        <translation>اختر متحدثاً لمعرفة سبب وضعه في موضعه.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>There is no event in this database yet.</source>
        <translation>لا توجد فعالية في قاعدة البيانات هذه بعد.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n speaker(s) scheduled</source>
        <translation>
            <numerusform>لا متحدثين مدرجين</numerusform>
            <numerusform>متحدث واحد مدرج</numerusform>
            <numerusform>متحدثان مدرجان</numerusform>
            <numerusform>%n متحدثين مدرجين</numerusform>
            <numerusform>%n متحدثاً مدرجاً</numerusform>
            <numerusform>%n متحدث مدرج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>في قائمة الانتظار: %n</numerusform>
            <numerusform>في قائمة الانتظار: %n</numerusform>
            <numerusform>في قائمة الانتظار: %n</numerusform>
            <numerusform>في قائمة الانتظار: %n</numerusform>
            <numerusform>في قائمة الانتظار: %n</numerusform>
            <numerusform>في قائمة الانتظار: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not allocated yet</source>
        <translation>
            <numerusform>لم يُخصَّص لهم موعد بعد: %n</numerusform>
            <numerusform>لم يُخصَّص لهم موعد بعد: %n</numerusform>
            <numerusform>لم يُخصَّص لهم موعد بعد: %n</numerusform>
            <numerusform>لم يُخصَّص لهم موعد بعد: %n</numerusform>
            <numerusform>لم يُخصَّص لهم موعد بعد: %n</numerusform>
            <numerusform>لم يُخصَّص لهم موعد بعد: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n with a conflict</source>
        <translation>
            <numerusform>طلبات فيها تعارض: %n</numerusform>
            <numerusform>طلبات فيها تعارض: %n</numerusform>
            <numerusform>طلبات فيها تعارض: %n</numerusform>
            <numerusform>طلبات فيها تعارض: %n</numerusform>
            <numerusform>طلبات فيها تعارض: %n</numerusform>
            <numerusform>طلبات فيها تعارض: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+14"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>لا طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%n طلبات</numerusform>
            <numerusform>%n طلباً</numerusform>
            <numerusform>%n طلب</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Move to…</source>
        <translation>نقل إلى…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm slot</source>
        <translation>تأكيد الموعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the rules place it…</source>
        <translation>ترك القواعد تحدد موضعه…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw…</source>
        <translation>سحب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen…</source>
        <translation>إعادة فتح…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Allocating speaking slots…</source>
        <translation>جارٍ توزيع مواعيد الكلمات…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Allocated by protocol order: %1 scheduled, %2 waiting, %3 declined; %4 changed.</source>
        <translation>وُزِّعت المواعيد حسب ترتيب البروتوكول — المدرَجة: %1، في الانتظار: %2، المرفوضة: %3؛ المتغيّرة: %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the waitlist, place %1</source>
        <translation>قائمة الانتظار، الترتيب %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, slot %2</source>
        <translation>%1، الترتيب %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move %1 (%2) to %3. Why? The reason is kept and shown to anyone who asks.</source>
        <translation>نقل %1 (%2) إلى %3. ما السبب؟ يُحفظ السبب ويُعرض على كل من يستفسر عنه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not moved: a move by hand needs a reason.</source>
        <translation>لم يُنقل: يتطلب النقل اليدوي ذكر السبب.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 moved to %2.</source>
        <translation>نُقل %1 إلى %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Moved up from the waitlist: %1.</source>
        <translation>تقدّم من قائمة الانتظار: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s request is withdrawn. Why? (For example: note verbale of 20 April.)</source>
        <translation>سحب طلب %1. ما السبب؟ (مثلاً: مذكرة شفوية مؤرخة 20 أبريل.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request was withdrawn.</source>
        <translation>سُحب طلب %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decline %1&apos;s request. Why?</source>
        <translation>رفض طلب %1. ما السبب؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request was declined.</source>
        <translation>رُفض طلب %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen %1&apos;s request. Why?</source>
        <translation>إعادة فتح طلب %1. ما السبب؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request is open again; &quot;Allocate all&quot; will place it.</source>
        <translation>أُعيد فتح طلب %1؛ وسيحدد له «توزيع الكل» موضعاً.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let the rules place %1 again. Why?</source>
        <translation>ترك القواعد تحدد موضع %1 من جديد. ما السبب؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules placed %1 again.</source>
        <translation>حددت القواعد موضع %1 من جديد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1&apos;s slot is confirmed.</source>
        <translation>أُكِّد موعد %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Request added; &quot;Allocate all&quot; will give it a slot.</source>
        <translation>أُضيف الطلب؛ وسيمنحه «توزيع الكل» موعداً.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+37"/>
        <location line="+6"/>
        <source>Import speaking requests</source>
        <translation>استيراد طلبات أخذ الكلمة</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt)</source>
        <translation>جداول البيانات (*.xlsx *.xlsm *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the form export…</source>
        <translation>جارٍ قراءة ملف الاستمارة المُصدَّر…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 request(s) to add, %2 already on the list, %3 row(s) left out.</source>
        <translation>الطلبات المطلوب إضافتها: %1، والمدرجة في القائمة من قبل: %2، والصفوف المستبعدة: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add them now?</source>
        <translation>هل تريد إضافتها الآن؟</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 request(s) imported; &quot;Allocate all&quot; will give them a slot.</source>
        <translation>الطلبات المستوردة: %1؛ وسيمنحها «توزيع الكل» مواعيد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run sheet</source>
        <translation>ورقة سير الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of speakers</source>
        <translation>قائمة المتحدثين</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing the PDF…</source>
        <translation>جارٍ إعداد ملف PDF…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No printer is set up on this computer. Save the list as PDF and print it from a computer that has one.</source>
        <translation>لا توجد طابعة معدّة على هذا الحاسوب. احفظ القائمة بصيغة PDF واطبعها من حاسوب متصل بطابعة.</translation>
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
        <translation>لا يمكن إجراء هذا النقل</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Confirm the move</source>
        <translation>تأكيد النقل</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The amount is missing</source>
        <translation>المبلغ غير محدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{organization} has no amount yet, and no package to take one from. Edit the inquiry to enter the amount and currency before marking it {stage}.</source>
        <translation>ليس لاستفسار {organization} مبلغ بعد، ولا باقة يُستمد منها المبلغ. عدِّل الاستفسار لإدخال المبلغ والعملة قبل نقله إلى مرحلة «{stage}».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The package is sold out</source>
        <translation>نفدت الباقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All {quantity} places of the package are already held by committed partners, so {organization} cannot be marked {stage}. Raise the package&apos;s number of places, or choose another package for this inquiry.</source>
        <translation>كل أماكن الباقة، وعددها {quantity}، محجوزة لشركاء متعهدين، لذا لا يمكن نقل {organization} إلى مرحلة «{stage}». زِد عدد أماكن الباقة، أو اختر باقة أخرى لهذا الاستفسار.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{organization} is {stage}: that closes the inquiry, so it cannot be moved to {target}. If it must be worked on again, choose “Reopen…” in its menu.</source>
        <translation>استفسار {organization} في مرحلة «{stage}»، وهي مرحلة تُغلق الاستفسار، لذا لا يمكن نقله إلى مرحلة «{target}». وإذا لزم استئناف العمل عليه، فاختر «إعادة فتح…» من قائمته.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move {organization} back from {stage} to {target}?</source>
        <translation>هل تريد إعادة {organization} من مرحلة «{stage}» إلى مرحلة «{target}»؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {organization} from {stage} straight to {target}?

This skips: {skipped}.</source>
        <translation>هل تريد نقل {organization} من مرحلة «{stage}» مباشرة إلى مرحلة «{target}»؟

سيُتخطى ما يلي: {skipped}.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../liaison_app/ui/app.py" line="+62"/>
        <source>Open another database…</source>
        <extracomment>Exit code when no database could be opened and the user chose to quit (the CLI&apos;s &quot;refused&quot;).</extracomment>
        <translation>فتح قاعدة بيانات أخرى…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New database…</source>
        <translation>قاعدة بيانات جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/status_dialog.py" line="+77"/>
        <source>Change the status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set the status of %n invitation(s):</source>
        <translation>
            <numerusform>تعيين حالة الدعوات:</numerusform>
            <numerusform>تعيين حالة دعوة واحدة:</numerusform>
            <numerusform>تعيين حالة دعوتين:</numerusform>
            <numerusform>تعيين حالة %n دعوات:</numerusform>
            <numerusform>تعيين حالة %n دعوة:</numerusform>
            <numerusform>تعيين حالة %n دعوة:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>وسيلة الإرسال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional, kept in the history</source>
        <translation>اختياري، يُحفظ في السجل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to draft: the date of sending is forgotten (the letter never went out).</source>
        <translation>العودة إلى المسودة: يُلغى تاريخ الإرسال (لم تُرسل الرسالة قط).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drafts are marked sent on this date, by this channel if they had none.</source>
        <translation>تُسجَّل المسودات مرسلة في هذا التاريخ، وبهذه الوسيلة إن لم تكن لها وسيلة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The addressee confirmed receiving the letter on this date.</source>
        <translation>أكّد المرسل إليه استلام الرسالة في هذا التاريخ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only after the reply deadline; the application also does it by itself.</source>
        <translation>بعد انقضاء الموعد النهائي للرد فقط؛ ويقوم التطبيق بذلك تلقائياً أيضاً.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitations with a reply keep the reply&apos;s decision: change the reply instead.</source>
        <translation>تحتفظ الدعوات التي ورد عليها رد بقرار الرد: عدِّل الرد بدلاً من ذلك.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/summary_page.py" line="+62"/>
        <source>Done</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>حفظ التقرير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Excel workbook of every row left out, with its reasons.</source>
        <translation>مصنّف Excel يتضمن كل صف مستبعد مع أسباب استبعاده.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Undo this import</source>
        <translation>التراجع عن هذا الاستيراد</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Remove the contacts it added and put back what it changed. Also possible later, from the Import &amp; export section.</source>
        <translation>إزالة جهات الاتصال التي أضافها الاستيراد وإعادة ما غيّره إلى ما كان عليه. ويمكن ذلك لاحقاً أيضاً من قسم «الاستيراد والتصدير».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{read} rows read from {name}.</source>
        <translation>الصفوف المقروءة من {name}: {read}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added: {count}</source>
        <translation>المضافة: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: {count}</source>
        <translation>المحدَّثة: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged: {count}</source>
        <translation>المدمجة: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped as duplicates or left out: {count}</source>
        <translation>المتخطاة بوصفها مكررة أو المستبعدة: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out with problems: {count}</source>
        <translation>المستبعدة لوجود مشكلات: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New organizations: {count}</source>
        <translation>المنظمات الجديدة: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals and notes under the list, not taken as people: {count}</source>
        <translation>المجاميع والملاحظات أسفل القائمة، التي لم تُعَدّ أشخاصاً: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No row was left out.</source>
        <translation>لم يُستبعد أي صف.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{stem} - rows left out.xlsx</source>
        <translation>{stem} - الصفوف المستبعدة.xlsx</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنّف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report saved: {path}</source>
        <translation>حُفظ التقرير: {path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove the {added} contacts this import added and put back the fields it changed?</source>
        <translation>هل تريد إزالة جهات الاتصال التي أضافها هذا الاستيراد (وعددها {added}) وإعادة الحقول التي غيّرها إلى ما كانت عليه؟</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was undone: {removed} contacts removed, {reverted} fields put back.</source>
        <translation>جرى التراجع عن الاستيراد — جهات الاتصال المُزالة: {removed}، والحقول المُعادة: {reverted}.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../liaison_app/ui/template_editor.py" line="+141"/>
        <source>Kind of letter</source>
        <extracomment>A template was saved (kind, language). A preview finished rendering (also after an error): tests wait on it.</extracomment>
        <translation>نوع الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview for</source>
        <translation>المعاينة للمرسل إليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text (a blank line between paragraphs; {{ field }} merges a value)</source>
        <translation>النص (سطر فارغ بين الفقرات؛ والعبارة {{ field }} تدمج قيمة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge fields (double-click to insert)</source>
        <translation>حقول الدمج (انقر نقراً مزدوجاً للإدراج)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save template</source>
        <translation>حفظ النموذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the default text</source>
        <translation>استعادة النص الافتراضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preview appears here.</source>
        <translation>تظهر المعاينة هنا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved template</source>
        <translation>نموذج غير محفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text you changed is not saved. Discard the changes?</source>
        <translation>لم يُحفظ النص الذي غيّرته. هل تريد تجاهل التغييرات؟</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Saved (version {version}).</source>
        <translation>حُفظ (الإصدار {version}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No one is to receive a letter of this kind for this event yet.</source>
        <translation>لا يوجد بعد من يتلقى رسالة من هذا النوع لهذه الفعالية.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The preview could not be made; see the log file.</source>
        <translation>تعذّر إعداد المعاينة؛ انظر ملف السجل.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../liaison_app/ui/undo_bar.py" line="+43"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/validation_page.py" line="+78"/>
        <source>Check the rows</source>
        <extracomment>Background of a cell whose value is refused: a pale red readable under dark text. Rows listed at most (the rest are counted and go to the report).</extracomment>
        <translation>التحقق من الصفوف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with a problem are listed with the reason by each cell in red. Correct a cell here, or leave the row out: it will be listed in the report.</source>
        <translation>تُدرج الصفوف التي بها مشكلة مع ذكر السبب بجانب كل خلية باللون الأحمر. صحّح الخلية هنا، أو استبعد الصف: وسيُدرج في التقرير.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a cell to correct it; the row is checked again at once.</source>
        <translation>انقر نقراً مزدوجاً على خلية لتصحيحها؛ ويُعاد التحقق من الصف فوراً.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking {count} rows…</source>
        <translation>جارٍ التحقق من الصفوف ({count})…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the rows…</source>
        <translation>جارٍ التحقق من الصفوف…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rows could not be checked. The details were saved in the log.</source>
        <translation>تعذّر التحقق من الصفوف. حُفظت التفاصيل في السجل.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave out</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Corrected: will be imported</source>
        <translation>صُحِّح: سيُستورد</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{total} rows read: {ready} ready to import.</source>
        <translation>الصفوف المقروءة: {total}، منها {ready} جاهزة للاستيراد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{bad} with problems: left out unless corrected below.</source>
        <translation>الصفوف التي بها مشكلات: {bad}، وتُستبعد ما لم تُصحَّح أدناه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} left out by you.</source>
        <translation>المستبعدة يدوياً: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first {count} are listed; the report lists them all.</source>
        <translation>لا تُعرض هنا إلا الصفوف الأولى ({count})؛ ويتضمن التقرير الصفوف كلها.</translation>
    </message>
</context>
</TS>
