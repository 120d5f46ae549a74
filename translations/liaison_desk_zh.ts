<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CircularDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/circular_dialog.py" line="+142"/>
        <source>Circular</source>
        <extracomment>The saved circular&apos;s id, once accepted.</extracomment>
        <translation>通函</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>答复截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressed to</source>
        <translation>发送对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies due by</source>
        <translation>答复截止于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Member States</source>
        <translation>全体成员国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected Member States</source>
        <translation>选定的成员国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen contacts</source>
        <translation>选定的联系人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language versions</source>
        <translation>语言版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressees, as printed</source>
        <translation>收件方（按信函所印）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: the next number of the year. Leave it, or type another.</source>
        <translation>建议编号：本年度的下一个编号。可保留，也可输入其他编号。</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contact_editor.py" line="+236"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact: {name}</source>
        <translation>联系人：{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach them</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form of address, gender</source>
        <translation>称谓、性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as written *</source>
        <translation>姓名（原文书写）*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name, family name</source>
        <translation>名、姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Latin script</source>
        <translation>姓名（拉丁字母）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>代表级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other e-mail</source>
        <translation>其他电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the person writes it, in any script</source>
        <translation>按本人的书写方式，任何文字均可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For envelopes and sorting</source>
        <translation>用于信封和排序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name in any of the six languages, or an ISO code</source>
        <translation>输入六种语言中任一语言的名称或 ISO 代码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one, or type the name of a new one</source>
        <translation>从列表中选择，或输入新组织的名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+41 22 730 51 11, or national with a Member State</source>
        <translation>+41 22 730 51 11，或选定成员国后输入国内号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only to replace the salutation made from the form of address</source>
        <translation>仅在需要替换根据称谓生成的称呼时填写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used for grammatical agreement in letters</source>
        <translation>用于信函中的语法性别一致</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no form of address)</source>
        <translation>（无称谓）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the Member State&apos;s language)</source>
        <translation>（成员国的语言）</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Add the name in Latin script for envelopes and sorting.</source>
        <translation>请添加拉丁字母姓名，用于信封和排序。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved as {phone}</source>
        <translation>将保存为 {phone}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Letters will be in {language}.</source>
        <translation>信函将使用{language}。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new organization “{name}” will be added.</source>
        <translation>将添加新组织“{name}”。</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_model.py" line="+103"/>
        <source>Name</source>
        <extracomment>Rows read per query: a few screens, so scrolling reads rarely and each read stays short. Pages kept; older ones are read again if the view comes back to them. A full first page is counted once a view has painted it, or after this wait. After this pause with no new question, the whole ordered list of matching contacts is read in the background, so that a first jump deep into the list does not wait for it. The columns of the issue, in order; titles are read on each call so they follow the language.</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Latin script</source>
        <translation>姓名（拉丁字母）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form of address</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Searching contacts…</source>
        <extracomment>Columns laid out left to right in every interface language. The roles the model answers; the view asks for more (font, alignment, check state…). The `ContactRow` of a row. The contact&apos;s id. The rows of the newest query are shown (after the reset, and after `refresh`). The number of rows shown is final: at once with `answered`, or when the count arrives. Rows read for the first page and for the windows shown since, by page number. Every matching contact in order, read the first time the view goes past page 0. Each question gets a number; only the answer to the newest is shown. The page shown is full and the number of matches is being counted in the background. The count of a full first page starts once the page is painted (or on this timer). The texts of each row shown, by row number, made when first painted. How many queries were run (count, pages, key lists): for tests and the benchmark.</extracomment>
        <translation>正在搜索联系人…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counting contacts…</source>
        <translation>正在统计联系人…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Listing contacts…</source>
        <translation>正在列出联系人…</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>No language of their own: letters follow {state}.</source>
        <translation>未指定本人语言：信函采用{state}的语言。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile: {phone}</source>
        <translation>手机：{phone}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_page.py" line="+222"/>
        <source>Search names, positions, organizations, e-mails, phones — any script (Ctrl+F)</source>
        <extracomment>Starting widths of the columns (pixels), until the officer&apos;s own are remembered. The module of the shared export action (issue 6), used when it is installed. The dialog behind &quot;Add to invitation list&quot;; it comes with the invitations service (issue 4). Deletions that Undo can still put back, most recent last.</extracomment>
        <translation>搜索姓名、职务、组织、电子邮件、电话——任何文字均可（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contact…</source>
        <translation>新建联系人…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact (Ctrl+N)</source>
        <translation>添加联系人（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to invitation list…</source>
        <translation>添加到邀请名单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export selection…</source>
        <translation>导出所选内容…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the deleted contacts back (Ctrl+Z)</source>
        <translation>恢复已删除的联系人（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All Member States</source>
        <translation>所有成员国</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All organization types</source>
        <translation>所有组织类型</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region of the Member State</source>
        <translation>成员国所属区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>代表级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of letters: the contact&apos;s own, else their Member State&apos;s</source>
        <translation>信函语言：联系人本人的语言，未指定时为其所属成员国的语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of organization</source>
        <translation>组织类型</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contacts yet.

Add one with “New contact…” (Ctrl+N), or import a spreadsheet of contacts from the Import &amp; export section.</source>
        <translation>尚无联系人。

可通过“新建联系人…”（Ctrl+N）添加，或在“导入与导出”部分导入联系人电子表格。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact matches “{search}” with these filters.</source>
        <translation>在当前筛选条件下，没有与“{search}”匹配的联系人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact matches these filters.</source>
        <translation>没有符合这些筛选条件的联系人。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create invitations for the selected contacts to an event.</source>
        <translation>为所选联系人创建活动邀请。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding contacts to an invitation list arrives with the invitations feature in a later version.</source>
        <translation>将联系人添加到邀请名单的功能将随邀请功能在以后的版本中提供。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the selected contacts to an Excel workbook.</source>
        <translation>将所选联系人保存到 Excel 工作簿。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting contacts from the window arrives in a later version.</source>
        <translation>从窗口导出联系人的功能将在以后的版本中提供。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Delete the contact “{name}”?</source>
        <translation>要删除联系人“{name}”吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete the %n selected contact(s)?</source>
        <translation>
            <numerusform>要删除所选的 %n 位联系人吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this with Ctrl+Z or the Undo button.</source>
        <translation>可以按 Ctrl+Z 或点击“撤销”按钮撤销此操作。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete contacts</source>
        <translation>删除联系人</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 位联系人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>已恢复 %n 位联系人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_section.py" line="+36"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States</source>
        <translation>成员国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../liaison_app/ui/dashboard/page.py" line="+266"/>
        <source>&amp;Event:</source>
        <extracomment>A figure was clicked: (section key, filter) of the list behind it. Replaceable in tests, so days left do not depend on when the tests run. Loaded when first shown or activated, once (see InvitationsPage.loaded).</extracomment>
        <translation>活动(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export event report…</source>
        <translation>导出活动报告…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save where this event stands, with its invitations, replies, speakers and partnerships, as an Excel workbook</source>
        <translation>将此活动的当前进展（包括邀请、答复、发言者和合作伙伴关系）保存为 Excel 工作簿</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No event in this database yet. Create one in Invitations &amp; replies (New event…), or open the demo database.</source>
        <translation>此数据库中尚无活动。请在“邀请与答复”中创建活动（新建活动…），或打开演示数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadlines</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>截止事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership pipeline (each currency on its own)</source>
        <translation>合作伙伴关系进展（各币种分别计算）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still open</source>
        <translation>仍在进行</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>invitations</source>
        <translation>邀请</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>replies ({share} % of invitations)</source>
        <translation>答复（占邀请的 {share}%）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>still awaiting a reply</source>
        <translation>仍待答复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overdue: deadline passed</source>
        <translation>逾期：已过截止日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delegates announced, {in_person} in person</source>
        <translation>已通报的代表，其中 {in_person} 人现场出席</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>requests to speak</source>
        <translation>发言申请</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>partners committed, {open} open</source>
        <translation>已承诺的合作伙伴，另有 {open} 项仍在进行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invitations by status</source>
        <translation>按状态统计的邀请</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Replies by decision</source>
        <translation>按决定统计的答复</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>No reply yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Replies received per day</source>
        <translation>每日收到的答复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies that day</source>
        <translation>当日答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies in total</source>
        <translation>答复总数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline {date}</source>
        <translation>截止日期 {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replies by region</source>
        <translation>按区域统计的答复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replies by level of representation</source>
        <translation>按代表级别统计的答复</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requests to speak by status</source>
        <translation>按状态统计的发言申请</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Replies to {reference}</source>
        <translation>对 {reference} 的答复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies to the invitation</source>
        <translation>对邀请的答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests to speak</source>
        <translation>发言申请</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 项待处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../liaison_app/ui/database_commands.py" line="+33"/>
        <source>Liaison Desk database (*.sqlite3 *.db)</source>
        <translation>Liaison Desk 数据库 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} already exists. To use it, choose File ▸ Open database…</source>
        <translation>{path} 已存在。如需使用，请选择“文件 ▸ 打开数据库…”。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Creating the database…</source>
        <translation>正在创建数据库…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database was upgraded to this version of Liaison Desk. A copy of it as it was is kept in {path}.</source>
        <translation>数据库已升级到此版本的 Liaison Desk。升级前的副本保存在 {path}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up to folder</source>
        <translation>备份到文件夹</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup was saved as {path}.</source>
        <translation>备份已保存为 {path}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace the database {target} with the backup {backup}?

The current database will be kept beside it under a dated name.</source>
        <translation>要用备份 {backup} 替换数据库 {target} 吗？

当前数据库将以带日期的名称保存在同一文件夹中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait until the running task has finished, then restore.</source>
        <translation>请等待正在运行的任务完成后再恢复。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring the database…</source>
        <translation>正在恢复数据库…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was restored. The previous database was kept as {path}.</source>
        <translation>备份已恢复。之前的数据库已保存为 {path}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up and restore work on a database file. For a server database, use the server&apos;s own tools.</source>
        <translation>备份和恢复仅适用于数据库文件。服务器数据库请使用服务器自带的工具。</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../liaison_app/ui/invitations/deadlines_tab.py" line="+104"/>
        <source>Deadlines (days counted in Geneva)</source>
        <extracomment>The non-repliers chosen for reminders: invitation ids, in the list&apos;s order. A deadline was double-clicked: list the invitations still waiting under it.</extracomment>
        <translation>截止日期（按日内瓦时间计算天数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>截止事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not replied yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>提醒次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reminder</source>
        <translation>最近提醒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select non-repliers for reminders</source>
        <translation>选择未答复方以发送提醒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selects these invitations in the Invitations tab, ready for a pack of reminder letters.</source>
        <translation>在“邀请”选项卡中选中这些邀请，以便生成一套提醒函。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replies to {reference}</source>
        <translation>对 {reference} 的答复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies to the invitation</source>
        <translation>对邀请的答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests to speak</source>
        <translation>发言申请</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last day: %n hour(s) left in Geneva</source>
        <translation>
            <numerusform>最后一天：日内瓦时间还剩 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n invitation(s) await a reply</source>
        <translation>
            <numerusform>%n 份邀请等待答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 份已逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <location filename="../liaison_app/ui/invitations/delegation_editor.py" line="+61"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attends</source>
        <translation>出席方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>团长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/duplicates_page.py" line="+89"/>
        <source>Rows already known</source>
        <extracomment>Duplicates listed at most; the choice &quot;for all&quot; covers the rest.</extracomment>
        <translation>已存在的行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same e-mail, or the same name in the same Member State, earlier in the file or already in the database.</source>
        <translation>电子邮件相同，或同一成员国中姓名相同，且已在文件前面的行中出现或已存在于数据库中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For every duplicate:</source>
        <translation>对所有重复项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to all</source>
        <translation>全部应用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in the file</source>
        <translation>文件中的姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as</source>
        <translation>与之相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Because of</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skip: keep what is there</source>
        <translation>跳过：保留现有内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update: the file&apos;s values replace the stored ones</source>
        <translation>更新：用文件中的值替换已存储的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge: the file fills only the blanks</source>
        <translation>合并：文件仅填补空白字段</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same name and Member State</source>
        <translation>姓名和成员国相同</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n row(s) already known. Choose what to do with each.</source>
        <translation>
            <numerusform>%n 行已存在。请为每一行选择处理方式。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The import will do this — add: {added}, update: {updated}, merge: {merged}, skip: {skipped}, leave out with problems: {rejected}.</source>
        <translation>本次导入将：添加 {added} 行，更新 {updated} 行，合并 {merged} 行，跳过 {skipped} 行，因问题剔除 {rejected} 行。</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>No duplicates: every row is new.</source>
        <translation>没有重复项：每一行都是新的。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {number} of the file</source>
        <translation>文件第 {number} 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, in the database</source>
        <translation>数据库中的 {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add as a new contact</source>
        <translation>作为新联系人添加</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../liaison_app/ui/error_reporting.py" line="+39"/>
        <source>Something went wrong. The details were saved in {path}.</source>
        <translation>出现了问题。详细信息已保存在 {path}。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../liaison_app/ui/events/event_dialog.py" line="+80"/>
        <source>Virtual</source>
        <translation>线上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>New event</source>
        <extracomment>The saved event&apos;s id, once accepted.</extracomment>
        <translation>新建活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titles</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and signatory</source>
        <translation>联系人和签署人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From – to</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (ISO code)</source>
        <translation>国家（ISO 代码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>答复截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking requests by</source>
        <translation>发言申请截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Minutes per speaker</source>
        <translation>每位发言者分钟数</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short, without spaces: WSIS-2022</source>
        <translation>简短，不含空格：WSIS-2022</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies due by</source>
        <translation>答复截止于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>截止于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <comment>name of the event</comment>
        <translation>活动名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers</source>
        <translation>安排发言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+18"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Add a session</source>
        <translation>添加会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Title</source>
        <comment>form of address of the contact person: Ms, Mr, Dr</comment>
        <translation>称谓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatory</source>
        <translation>签署人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <comment>position of the signatory: Secretary-General</comment>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>Signature image</source>
        <translation>签名图像</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Choose an image…</source>
        <translation>选择图像…</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No signature image</source>
        <translation>无签名图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG or JPEG, at most 2 MB and 4000 × 4000 pixels.</source>
        <translation>PNG 或 JPEG 格式，最大 2 MB，不超过 4000 × 4000 像素。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{kind}, {width} × {height} pixels</source>
        <translation>{kind}，{width} × {height} 像素</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transparent background: kept on the letters.</source>
        <translation>透明背景：在信函中保留。</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../liaison_app/ui/export_action.py" line="+64"/>
        <source>Export to Excel</source>
        <extracomment>Settings key: the folder of the last export, offered again next time.</extracomment>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Exporting to {name}…</source>
        <extracomment>The ExportResult, after the workbook was written and the user told.</extracomment>
        <translation>正在导出到 {name}…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open workbook</source>
        <translation>打开工作簿</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing {name}: {done:,} of {total:,} rows…</source>
        <translation>正在写入 {name}：已写入 {done:,} 行，共 {total:,} 行…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {name}: {done:,} rows…</source>
        <translation>正在写入 {name}：已写入 {done:,} 行…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this list as an Excel workbook</source>
        <translation>将此列表保存为 Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message numerus="yes">
        <location line="-204"/>
        <source>%n row(s) exported to {name}.</source>
        <translation>
            <numerusform>已将 %n 行导出到 {name}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/file_page.py" line="+51"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook (.xlsx, .xlsm) or a text file (.csv, .tsv, .txt) exported from Excel or another program.</source>
        <translation>Excel 工作簿（.xlsx、.xlsm），或从 Excel 或其他程序导出的文本文件（.csv、.tsv、.txt）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title rows above the header, blank rows and totals at the bottom are found and left out. Nothing is added to the database until the last step.</source>
        <translation>表头上方的标题行、空行以及底部的合计行会被自动识别并排除。在最后一步之前，不会向数据库添加任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the file</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation>电子表格 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such file.</source>
        <translation>该文件不存在。</translation>
    </message>
</context>
<context>
    <name>FollowUpsWidget</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/partnerships/follow_ups_widget.py" line="+158"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>逾期（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due today (%n)</source>
        <translation>
            <numerusform>今天到期（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Next %1 days (%n)</source>
        <translation>
            <numerusform>未来 %1 天（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open, with no follow-up date (%n)</source>
        <translation>
            <numerusform>进行中，无跟进日期（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../liaison_app/ui/invitations/history_panel.py" line="+48"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an invitation to see what happened to it.</source>
        <translation>选择一份邀请以查看其处理经过。</translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/import_page.py" line="+91"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated or merged</source>
        <translation>已更新或合并</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out</source>
        <translation>已剔除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Import contact lists from Excel workbooks or CSV and text files, in any of the six languages. Every import can be undone as a whole.</source>
        <translation>从 Excel 工作簿或 CSV 和文本文件导入联系人名单，可使用六种语言中的任一语言。每次导入均可整体撤销。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import contacts…</source>
        <translation>导入联系人…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export contacts to Excel…</source>
        <translation>将联系人导出到 Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past imports</source>
        <translation>以往导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No import yet.</source>
        <translation>尚无导入记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this import…</source>
        <translation>撤销此次导入…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Undo this import</source>
        <translation>撤销此次导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the import of {name} ({when})? The {added} contacts it added are removed and the fields it changed are put back, unless changed again since.</source>
        <translation>要撤销 {name}（{when}）的导入吗？该次导入添加的 {added} 位联系人将被删除，其更改的字段将恢复原值，但之后再次更改过的字段除外。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import of {name} was undone: {removed} contacts removed, {reverted} fields put back.</source>
        <translation>{name} 的导入已撤销：删除了 {removed} 位联系人，恢复了 {reverted} 个字段。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/wizard.py" line="+94"/>
        <source>Import contacts</source>
        <extracomment>Checked rows; None when a choice made them stale (they are checked again). The officer&apos;s choice for each duplicate, by row number.</extracomment>
        <translation>导入联系人</translation>
    </message>
</context>
<context>
    <name>InquiryCard</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/board.py" line="+132"/>
        <source>No package chosen</source>
        <translation>未选择合作方案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package&apos;s amount: the inquiry has no amount of its own yet.</source>
        <translation>合作方案的金额：该咨询尚无自己的金额。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Follow up: %1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>跟进：%1（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow up: today</source>
        <translation>跟进：今天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next follow-up: %1</source>
        <translation>下次跟进：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up date</source>
        <translation>无跟进日期</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/inquiry_editor.py" line="+183"/>
        <source>(sold out)</source>
        <translation>（名额已满）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1, the package&apos;s amount</source>
        <translation>%1，合作方案的金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New inquiry</source>
        <translation>新建咨询</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit inquiry</source>
        <translation>编辑咨询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organization:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Package of interest:</source>
        <translation>意向合作方案(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Came in by:</source>
        <translation>来源渠道(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;follow-up:</source>
        <translation>下次跟进(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose from the directory or type the name</source>
        <translation>从名录中选择或输入名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHF</source>
        <translation>CHF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>定于</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a contact from the directory, or leave this empty.</source>
        <translation>从名录中选择联系人，或留空。</translation>
    </message>
</context>
<context>
    <name>InquiryTableModel</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/table_model.py" line="+100"/>
        <source>Organization</source>
        <extracomment>Any of these stages (the dashboard&apos;s &quot;open&quot; or &quot;committed&quot;); empty means any stage.</extracomment>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>合作方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage since</source>
        <translation>进入阶段日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The package&apos;s amount: the inquiry has no amount of its own yet.</source>
        <translation>合作方案的金额：该咨询尚无自己的金额。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationDisplay</name>
    <message>
        <location filename="../liaison_app/ui/invitations/display.py" line="+59"/>
        <source>Not stated</source>
        <extracomment>First-strong isolate: a date or a reference keeps its own order inside Arabic text. One colour per status, shared by the table and the dashboard (readable on light and dark).</extracomment>
        <translation>未说明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Member State</source>
        <translation>无成员国</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged on</source>
        <translation>确认收到日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders sent</source>
        <translation>已发提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reminder</source>
        <translation>最近提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>代表级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>全权证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials signed by</source>
        <translation>全权证书签署人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials dated</source>
        <translation>全权证书日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>head of delegation</source>
        <translation>代表团团长</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invitation recorded</source>
        <translation>已记录邀请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation deleted</source>
        <translation>已删除邀请</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply logged</source>
        <translation>已登记答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deleted</source>
        <translation>已删除答复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply created</source>
        <translation>已创建答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply deleted: {summary}</source>
        <translation>已删除答复：{summary}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File attached: {name}</source>
        <translation>已附加文件：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachment removed: {name}</source>
        <translation>已移除附件：{name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}:
{old}
→
{new}</source>
        <translation>{field}：
{old}
→
{new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reply deadline passed without a reply.</source>
        <translation>答复截止日期已过，未收到答复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply deadline was moved: the invitation is waiting again.</source>
        <translation>答复截止日期已调整：该邀请重新处于等待答复状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply was deleted.</source>
        <translation>答复已删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder sent.</source>
        <translation>已发送提醒。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the record: it was written before the audit trail.</source>
        <translation>取自记录：该记录早于审计跟踪。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Second source of the reply</source>
        <translation>答复的第二来源</translation>
    </message>
</context>
<context>
    <name>InvitationTableModel</name>
    <message>
        <location filename="../liaison_app/ui/invitations/table_model.py" line="+74"/>
        <source>Addressee</source>
        <extracomment>The row&apos;s InvitationRow. Replaceable in tests, so &quot;days left&quot; does not depend on when the tests run.</extracomment>
        <translation>收件方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circular</source>
        <translation>通函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply received</source>
        <translation>收到答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>提醒次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Head of delegation: {name}</source>
        <translation>代表团团长：{name}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) make up this reply</source>
        <translation>
            <numerusform>此答复由 %n 个来源组成</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reminder: {date}</source>
        <translation>最近提醒：{date}</translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <location filename="../liaison_app/ui/invitations/page.py" line="+327"/>
        <source>Put back what was deleted last (Ctrl+Z)</source>
        <extracomment>The officer selected non-repliers for reminders: (event reference, invitation ids). Replaceable in tests, so deadlines do not depend on when the tests run. The part of the filter the bar above the table cannot show (set by the dashboard). Loaded when first shown (or refreshed), not when built: the window builds a page and then activates it, and the first load should happen once.</extracomment>
        <translation>恢复最近删除的内容 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>活动(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit event…</source>
        <translation>编辑活动…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no event yet: create one with New event… to start inviting.</source>
        <translation>尚无活动：请通过“新建活动…”创建活动后开始发出邀请。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Invitations</source>
        <translation>邀请</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Circulars</source>
        <translation>通函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines and reminders</source>
        <translation>截止日期和提醒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Circular</source>
        <translation>通函</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search Member States, people, notes…</source>
        <translation>搜索成员国、人员、备注…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite…</source>
        <translation>邀请…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite Member States or contacts; those already invited are left as they are</source>
        <translation>邀请成员国或联系人；已邀请的对象保持不变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status…</source>
        <translation>更改状态…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+324"/>
        <source>Log reply…</source>
        <translation>登记答复…</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Second source…</source>
        <translation>第二来源…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same reply came again (a signed letter after the online form)</source>
        <translation>同一答复再次收到（例如在线表格之后又收到签字信函）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply from a Member State…</source>
        <translation>成员国的答复…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder sent</source>
        <translation>已发送提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count a reminder sent today to each selected invitation</source>
        <translation>为每份所选邀请记录一次今天发送的提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New circular…</source>
        <translation>新建通函…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show its invitations</source>
        <translation>显示其邀请</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>答复截止日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Next reference: {reference}</source>
        <translation>下一个编号：{reference}</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Showing {shown} of %n invitation(s)</source>
        <translation>
            <numerusform>显示 {shown} 份邀请，共 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>waiting for a reply</source>
        <translation>等待答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a reply</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without a reply</source>
        <translation>未答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent without a circular</source>
        <translation>未经通函发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decision: {values}</source>
        <translation>决定：{values}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>level: {values}</source>
        <translation>级别：{values}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reply received on {date}</source>
        <translation>于 {date} 收到答复</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n chosen invitation(s)</source>
        <translation>
            <numerusform>所选 %n 份邀请</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only invitations: {what}</source>
        <translation>仅显示以下邀请：{what}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Correct reply…</source>
        <translation>更正答复…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n invitation(s) recorded.</source>
        <translation>
            <numerusform>已记录 %n 份邀请。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n addressee(s) had already been invited and were left as they are.</source>
        <translation>
            <numerusform>%n 个收件方此前已被邀请，保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n invitation(s) changed.</source>
        <translation>
            <numerusform>已更改 %n 份邀请。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not changed:</source>
        <translation>
            <numerusform>%n 份未更改：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Delete invitations</source>
        <translation>删除邀请</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n invitation(s)? Use this for invitations recorded by mistake; the deletion stays in the history.</source>
        <translation>
            <numerusform>要删除 %n 份邀请吗？此操作用于误记的邀请；删除操作将保留在历史记录中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n invitation(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 份邀请。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Circular {reference} deleted.</source>
        <translation>已删除通函 {reference}。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deletion undone.</source>
        <translation>已撤销删除。</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/invite_dialog.py" line="+225"/>
        <source>Invite</source>
        <extracomment>How many contacts a search lists at once; typing more narrows it.</extracomment>
        <translation>邀请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No circular: the event itself</source>
        <translation>无通函：直接邀请参加活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States</source>
        <translation>成员国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Member States</source>
        <translation>全体成员国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Member States of these regions:</source>
        <translation>以下区域的成员国：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States chosen one by one:</source>
        <translation>逐一选择的成员国：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a Member State…</source>
        <translation>查找成员国…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a contact by name, organization…</source>
        <translation>按姓名、组织等查找联系人…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record as sent on</source>
        <translation>记录为发送于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: the invitations are recorded as drafts.</source>
        <translation>不勾选时，邀请将记录为草稿。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, kept with each invitation</source>
        <translation>可选，随每份邀请保存</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>already invited</source>
        <translation>已邀请</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n new invitation(s)</source>
        <translation>
            <numerusform>%n 份新邀请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already invited, left as they are</source>
        <translation>
            <numerusform>%n 个已邀请，保持不变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) chosen</source>
        <translation>
            <numerusform>已选择 %n 位联系人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../liaison_app/ui/template_editor.py" line="+54"/>
        <source>Invitation</source>
        <extracomment>Milliseconds of quiet typing before the preview is rendered again.</extracomment>
        <translation>邀请函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>提醒函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking-slot confirmation</source>
        <translation>发言时段确认函</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting-list notice</source>
        <translation>候补名单通知函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership acknowledgement</source>
        <translation>合作伙伴关系确认函</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank-you letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free letter</source>
        <translation>自由格式信函</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../liaison_app/ui/letters_page.py" line="+68"/>
        <source>Save the pack of letters</source>
        <extracomment>Settings key: the folder of the last pack, offered again next time.</extracomment>
        <translation>保存信函合集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Event</source>
        <extracomment>A pack finished (its report), was cancelled (None) or failed: tests wait on it.</extracomment>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a pack</source>
        <translation>生成信函合集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register of letters</source>
        <translation>信函登记簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of letter</source>
        <translation>信函类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the letters</source>
        <translation>信函语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start each letter on a new sheet (two-sided printing)</source>
        <translation>每封信函从新的一页纸开始（双面打印）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an English courtesy copy after each letter in another language</source>
        <translation>在每封其他语言的信函后附一份英文礼节性副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save each letter as its own PDF</source>
        <translation>同时将每封信函另存为单独的 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate pack…</source>
        <translation>生成合集…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack appears here once generated.</source>
        <translation>生成后，信函合集将显示在此处。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a letter to see it.</source>
        <translation>选择一封信函以查看。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each recipient&apos;s language</source>
        <translation>各收件人的语言</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Protocol order</source>
        <translation>礼宾顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Member State name</source>
        <translation>按成员国名称</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no event in this database yet.</source>
        <translation>此数据库中尚无活动。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No one is to receive a letter of this kind for this event.</source>
        <translation>此活动没有此类信函的收件人。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tick at least one recipient.</source>
        <translation>请至少勾选一位收件人。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Composing the letters…</source>
        <translation>正在撰写信函…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation>正在绘制页面…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the files…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Generating the pack of letters…</source>
        <translation>正在生成信函合集…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{letters} letters, {pages} pages: {path}</source>
        <translation>{letters} 封信函，{pages} 页：{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each letter is also in {folder}</source>
        <translation>每封信函也已保存在 {folder}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The pack could not be made; the details are in the log file.</source>
        <translation>无法生成信函合集；详细信息见日志文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: no letter was written or registered.</source>
        <translation>已取消：未写入或登记任何信函。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file of this letter is not there any more.</source>
        <translation>此信函的文件已不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the file is the one registered (SHA-256 matches).</source>
        <translation>{path}：文件与登记的一致（SHA-256 匹配）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the file has changed since it was registered.</source>
        <translation>{path}：文件在登记后已被更改。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../liaison_app/ui/main_window.py" line="+167"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database file</source>
        <translation>创建一个空数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on another database file</source>
        <translation>改用另一个数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the database in a folder</source>
        <translation>将数据库副本保存到文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the database with a backup; the current one is kept</source>
        <translation>用备份替换数据库；当前数据库会被保留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Liaison Desk</source>
        <translation>关于 Liaison Desk(&amp;A)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About Liaison Desk</source>
        <translation>关于 Liaison Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Liaison Desk {version}&lt;/h3&gt;&lt;p&gt;Invitations to Member States, replies, delegations, speaking slots, partnership inquiries and packs of signed letters, for the liaison office of a conference secretariat.&lt;/p&gt;&lt;p&gt;Works offline; your data stay in the database file you choose.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison Desk {version}&lt;/h3&gt;&lt;p&gt;为会议秘书处联络办公室管理致成员国的邀请、答复、代表团、发言时段、合作伙伴关系咨询以及成套的签名信函。&lt;/p&gt;&lt;p&gt;可离线使用；您的数据保存在您选择的数据库文件中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/mapping_page.py" line="+116"/>
        <source>Say which column holds what</source>
        <extracomment>Example values shown for each column.</extracomment>
        <translation>指明各列的内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the headers, in any of the six languages. Change any column; columns left out are not imported.</source>
        <translation>根据表头提出建议（可识别六种语言中的任一语言）。可更改任一列；未选用的列不会导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split a full name into form of address, given and family names (“H.E. Mr José PÉREZ”)</source>
        <translation>将全名拆分为称谓、名和姓（“H.E. Mr José PÉREZ”）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved mappings:</source>
        <translation>已保存的映射：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping as…</source>
        <translation>将此映射另存为…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State of rows that name none:</source>
        <translation>未注明成员国的行所属的成员国：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: any name or ISO code</source>
        <translation>可选：任一名称或 ISO 代码</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the column that holds the names (Full name, or Given and Family name): a contact cannot be imported without one.</source>
        <translation>请选择包含姓名的列（全名，或名和姓）：没有姓名的联系人无法导入。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this mapping (to use it again for files with the same headers):</source>
        <translation>此映射的名称（以便再次用于表头相同的文件）：</translation>
    </message>
</context>
<context>
    <name>MemberStateEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_state_editor.py" line="+143"/>
        <source>Member State: {name}</source>
        <translation>成员国：{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 3166 codes: {alpha2} · {alpha3}</source>
        <translation>ISO 3166 代码：{alpha2} · {alpha3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>Formal name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Subregion</source>
        <translation>次区域</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Language of correspondence</source>
        <translation>通信语言</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Member of the organization</source>
        <translation>本组织成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters go in this language when a contact has no language of their own.</source>
        <translation>联系人未指定语言时，信函使用此语言。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Each language needs a short and a formal name; missing in: {languages}.</source>
        <translation>每种语言都需要简称和正式名称；缺少的语言：{languages}。</translation>
    </message>
</context>
<context>
    <name>MemberStateField</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_state_field.py" line="+62"/>
        <source>“{text}” may be {names}: choose one.</source>
        <extracomment>How many completions the popup offers. The state now named (a MemberStateEntry), or None.</extracomment>
        <translation>“{text}”可能是{names}：请选择一个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Member State is called “{text}”.</source>
        <translation>没有名为“{text}”的成员国。</translation>
    </message>
</context>
<context>
    <name>MemberStatesPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_states_page.py" line="+93"/>
        <source>ISO code</source>
        <extracomment>Every name and code, folded, for the search box.</extracomment>
        <translation>ISO 代码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formal name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of correspondence</source>
        <translation>通信语言</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Search by name in any of the six languages, or ISO code</source>
        <translation>按六种语言中任一语言的名称或 ISO 代码搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n Member State(s)</source>
        <translation>
            <numerusform>%n 个成员国</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/move_dialog.py" line="+71"/>
        <source>Move a speaker</source>
        <translation>移动发言者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where should %1 (%2) speak?</source>
        <translation>%1（%2）应在何处发言？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waitlist</source>
        <translation>候补名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session</source>
        <translation>会议(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;lot</source>
        <translation>时段(&amp;L)</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/organization_editor.py" line="+133"/>
        <source>New organization</source>
        <translation>新建组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: {name}</source>
        <translation>组织：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name as written *</source>
        <translation>名称（原文书写）*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Latin script</source>
        <translation>名称（拉丁字母）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>缩写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a name in any of the six languages, or an ISO code</source>
        <translation>输入六种语言中任一语言的名称或 ISO 代码</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A name is required.</source>
        <translation>名称为必填项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too long: at most {limit} characters.</source>
        <translation>过长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as {phone}</source>
        <translation>将保存为 {phone}</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/organizations_page.py" line="+105"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Latin script</source>
        <translation>名称（拉丁字母）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acronym</source>
        <translation>缩写</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Search by name, acronym, e-mail or Member State</source>
        <extracomment>Deletions that Undo can still put back, most recent last.</extracomment>
        <translation>按名称、缩写、电子邮件或成员国搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New organization…</source>
        <translation>新建组织…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the deleted organization back (Ctrl+Z)</source>
        <translation>恢复已删除的组织（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No organization yet. Add one with “New organization…”, or import a contact list: its ministries and missions are added with the people.</source>
        <translation>尚无组织。可通过“新建组织…”添加，或导入联系人名单：名单中的部委和代表团将与人员一并添加。</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n 个组织</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete the organization “{name}”?</source>
        <translation>要删除组织“{name}”吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) will keep their details but no longer belong to it.</source>
        <translation>
            <numerusform>%n 位联系人将保留其详细信息，但不再隶属于该组织。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete organization</source>
        <translation>删除组织</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” deleted.</source>
        <translation>已删除“{name}”。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{name}” restored.</source>
        <translation>已恢复“{name}”。</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/package_editor.py" line="+159"/>
        <source>New package</source>
        <translation>新建合作方案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit package</source>
        <translation>编辑合作方案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier (1 highest):</source>
        <translation>等级(&amp;T)（1 为最高）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Places:</source>
        <translation>名额(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and benefits:</source>
        <translation>名称和权益：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limited to</source>
        <translation>限额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example PLAT</source>
        <translation>例如 PLAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benefits:</source>
        <translation>权益(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>PackageTableModel</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/packages_model.py" line="+66"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>合作方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still available</source>
        <translation>剩余名额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefits</source>
        <translation>权益</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sold out</source>
        <translation>名额已满</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/page.py" line="+356"/>
        <source>&amp;Event:</source>
        <extracomment>Stages asked for by a dashboard link that are neither one stage nor a group offered.</extracomment>
        <translation>活动(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New inquiry</source>
        <translation>新建咨询</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a new inquiry (%1)</source>
        <translation>记录新咨询（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen inquiry (Enter)</source>
        <translation>编辑所选咨询（Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the chosen inquiry (Delete); it can be undone</source>
        <translation>删除所选咨询（Delete）；可撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New package</source>
        <translation>新建合作方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates…</source>
        <translation>汇率…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give exchange rates to see the whole pipeline in one currency</source>
        <translation>输入汇率，以单一币种查看全部进展</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no event in this database yet. Packages and inquiries belong to an event: create the event first (the demo database has the WSIS Forum 2022).</source>
        <translation>此数据库中尚无活动。合作方案和咨询隶属于活动：请先创建活动（演示数据库包含 2022 年信息社会世界峰会论坛）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline</source>
        <translation>进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translation>合作方案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue follow-ups only</source>
        <translation>仅显示逾期跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search organization, contact, package, notes</source>
        <translation>搜索组织、联系人、合作方案、备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit package</source>
        <translation>编辑合作方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete package</source>
        <translation>删除合作方案</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>All stages</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open: not yet committed</source>
        <translation>进行中：尚未承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed, signed or paid</source>
        <translation>已承诺、已签署或已付款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All packages</source>
        <translation>所有合作方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No package</source>
        <translation>无合作方案</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 of %n inquiries</source>
        <translation>
            <numerusform>显示 %1 项，共 %n 项咨询</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Prospects:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;潜在金额：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Committed or paid:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;已承诺或已付款：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;All in %1 at your rates:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;按您的汇率折合为 %1 的总额：&lt;/b&gt;%2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n 项跟进已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete the inquiry</source>
        <translation>删除咨询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the inquiry from {organization}? You can undo this right after.</source>
        <translation>要删除来自{organization}的咨询吗？删除后可立即撤销。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The inquiry from {organization} was deleted.</source>
        <translation>来自{organization}的咨询已删除。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (asks first)</source>
        <translation>%1（需先确认）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopen…</source>
        <translation>重新开启…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete the package</source>
        <translation>删除合作方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the package {package}?</source>
        <translation>要删除合作方案 {package} 吗？</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../liaison_app/ui/pdf_preview.py" line="+111"/>
        <source>This PDF cannot be shown.</source>
        <extracomment>Resolution of the page images sent to the printer. The document loaded and is being painted (page count known).</extracomment>
        <translation>无法显示此 PDF。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No printer is installed on this computer. Save the PDF and print it from a computer with a printer, or install one and try again.</source>
        <translation>此计算机未安装打印机。请保存 PDF 并在装有打印机的计算机上打印，或安装打印机后重试。</translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/chart.py" line="+60"/>
        <source>Pipeline value by stage: one bar per currency, never added up</source>
        <translation>各阶段进展金额：每种币种一根柱形，不作相加</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All currencies in %1, at your rates</source>
        <translation>按您的汇率将所有币种折合为 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No amounts yet: the chart fills as inquiries get amounts.</source>
        <translation>尚无金额：咨询有了金额后，图表将随之显示。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../liaison_app/ui/pages/placeholder.py" line="+80"/>
        <source>{section}: this part of Liaison Desk is not available yet. It will arrive in a later version.</source>
        <translation>{section}：Liaison Desk 的这一部分尚未提供，将在以后的版本中推出。</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/small_dialogs.py" line="+77"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amounts in different currencies are never added together on their own. Give today&apos;s rates to see the whole pipeline in one currency; they are used for this view only.</source>
        <translation>不同币种的金额不会自行相加。输入今天的汇率，即可以单一币种查看全部进展；汇率仅用于此视图。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show in:</source>
        <translation>显示币种(&amp;S)：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>1 %1 = … %2</source>
        <translation>1 %1 = … %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the currency to show the pipeline in.</source>
        <translation>选择用于显示进展的币种。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/reason_dialog.py" line="+34"/>
        <source>For example: the Minister arrives in Geneva on 1 June (e-mail of 20 April).</source>
        <translation>例如：部长于 6 月 1 日抵达日内瓦（4 月 20 日电子邮件）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reason is kept with the change and shown when someone asks why.</source>
        <translation>原因将随更改一并保存，并在有人询问时显示。</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../liaison_app/ui/letters_page.py" line="-469"/>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/small_dialogs.py" line="-115"/>
        <source>Reopen the inquiry</source>
        <translation>重新开启咨询</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example: the payment was returned</source>
        <translation>例如：款项被退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{organization} will be worked on again from the stage you choose.</source>
        <translation>将从您选择的阶段起重新跟进{organization}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to &amp;stage:</source>
        <translation>退回阶段(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/reply_dialog.py" line="+251"/>
        <source>Log a reply</source>
        <extracomment>A first reply to an invitation. The same reply arrived again (letter after the online form): merged into the one reply. Correcting the reply as a whole. A reply from a Member State chosen in the dialog, invited or not. What the save did (ReplyLogged), once accepted.</extracomment>
        <translation>登记答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a second source of the reply</source>
        <translation>添加答复的第二来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the reply</source>
        <translation>更正答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a reply from a Member State</source>
        <translation>登记成员国的答复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member State</source>
        <translation>成员国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>收到方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>代表级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their reference</source>
        <translation>对方编号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note verbale number, form entry…</source>
        <translation>普通照会编号、表格条目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the Member State</source>
        <translation>输入以查找成员国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>全权证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>收到形式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dated</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply to {reference}</source>
        <translation>对 {reference} 的答复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{addressee} — invitation sent on {date}</source>
        <translation>{addressee}——邀请发送于 {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This source is merged into the reply already logged: the latest word decides, the strongest credentials are kept.</source>
        <translation>此来源将并入已登记的答复：以最新表态为准，保留效力最高的全权证书。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Arrived as: {sources}</source>
        <translation>收到途径：{sources}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Attach files to the reply</source>
        <translation>为答复附加文件</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose the Member State the reply comes from.</source>
        <translation>请选择发出答复的成员国。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not invited</source>
        <translation>未受邀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} was not invited by {reference}. Record the invitation (as sent with the circular) and log this reply?</source>
        <translation>{state}未经 {reference} 邀请。要记录该邀请（视为随通函发送）并登记此答复吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this event</source>
        <translation>本活动</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/request_editor.py" line="+170"/>
        <source>Speaking request</source>
        <translation>发言申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the &amp;reply of</source>
        <translation>来自以下答复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none: entered by hand)</source>
        <translation>（无：手动输入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation</source>
        <translation>代表团(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speaker</source>
        <translation>发言者(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title or position</source>
        <translation>头衔或职务(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level of representation</source>
        <translation>代表级别(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participation</source>
        <translation>参会方式(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on</source>
        <translation>收到时间(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the request reached the Secretariat, to the minute: within a level, the first received speaks first.</source>
        <translation>申请送达秘书处的时间，精确到分钟：同一级别中先收到者先发言。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;1st preference</source>
        <translation>第一选择(&amp;1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2nd preference</source>
        <translation>第二选择(&amp;2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3rd preference</source>
        <translation>第三选择(&amp;3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <location filename="../liaison_app/ui/speaking/requests_model.py" line="+159"/>
        <source>Status</source>
        <extracomment>Any of these statuses (a dashboard link may name several); empty means any status.</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>参会方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>位次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waitlist %1</source>
        <translation>候补第 %1 位</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Placed by hand: %1</source>
        <translation>手动安排：%1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/run_page.py" line="+61"/>
        <source>Importing</source>
        <extracomment>Called once when a running import ends, however it ends (the wizard closes then).</extracomment>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is written in one go: if you cancel, nothing is added or changed.</source>
        <translation>所有内容一次性写入：如果取消，则不会添加或更改任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the summary</source>
        <translation>查看摘要</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing the rows of {name}…</source>
        <translation>正在导入 {name} 中的行…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing contacts…</source>
        <translation>正在导入联系人…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing: {done} of {total} contacts written…</source>
        <translation>正在导入：已写入 {done} 位联系人，共 {total} 位…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The import was cancelled: nothing was added or changed.</source>
        <translation>导入已取消：未添加或更改任何内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import failed and nothing was changed. The details were saved in the log.</source>
        <translation>导入失败，未作任何更改。详细信息已保存在日志中。</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../liaison_app/ui/sections.py" line="+56"/>
        <source>Dashboard</source>
        <extracomment>Name of the SVG in ui/icons/ (without .svg). Sidebar order; Ctrl+1 … Ctrl+7 follow it.</extracomment>
        <translation>仪表板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations &amp; replies</source>
        <translation>邀请与答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking slots</source>
        <translation>发言时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnerships</source>
        <translation>合作伙伴关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>信函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp; export</source>
        <translation>导入与导出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It will show, for each event, how many invitations were sent, how many replies came back, who is still to answer and which deadlines are near.</source>
        <translation>将按活动显示已发出多少邀请、收到多少答复、哪些方面尚未答复以及哪些截止日期临近。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will list ministries, permanent missions and their people, with forms of address, positions and preferred languages, and let you search and edit them.</source>
        <translation>将列出各部委、常驻代表团及其人员，包括称谓、职务和首选语言，并可搜索和编辑。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will follow each circular to the Member States: when it was sent, by which channel, and the reply that came back with its delegation.</source>
        <translation>将跟踪每份致成员国的通函：何时发出、通过何种渠道，以及收到的答复及其代表团。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will take speaking requests and allocate the slots of each session in protocol order, in person before remote.</source>
        <translation>将受理发言请求，并按礼宾顺序分配每场会议的发言时段，现场发言优先于远程发言。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will follow partnership inquiries from first contact to signed agreement and payment, with amounts and follow-up dates.</source>
        <translation>将跟踪合作伙伴关系咨询，从首次接触直至签署协议和付款，并记录金额和跟进日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will generate letters in the recipient&apos;s language from templates and print packs of signed letters, each one registered.</source>
        <translation>将根据模板以收件人的语言生成信函，并打印成套的签名信函，每封信函均登记在案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will import contact lists from Excel or CSV files and export lists and event reports to Excel workbooks.</source>
        <translation>将从 Excel 或 CSV 文件导入联系人名单，并将名单和活动报告导出为 Excel 工作簿。</translation>
    </message>
</context>
<context>
    <name>SessionLane</name>
    <message>
        <location filename="../liaison_app/ui/speaking/scheduler.py" line="+334"/>
        <source>Waitlist</source>
        <translation>候补名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In order: the first moves up when a slot frees.</source>
        <translation>按顺序排列：有时段空出时，排在首位者递补。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting.</source>
        <translation>无人候补。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>in person only</source>
        <translation>仅限现场</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remote only</source>
        <translation>仅限远程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>takes no speakers</source>
        <translation>不安排发言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speaker yet: drop one here.</source>
        <translation>尚无发言者：请将发言者拖放到此处。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 speakers for %2 slots of %3 minutes</source>
        <translation>%1 位发言者，%2 个时段，每个时段 %3 分钟</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/source_page.py" line="+99"/>
        <source>Check how the file is read</source>
        <translation>检查文件的读取方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preview changes as you choose. The header row is in bold; grey rows are titles or totals and are not imported.</source>
        <translation>预览随您的选择而变化。表头行以粗体显示；灰色行为标题或合计行，不会导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the selected row as the header</source>
        <translation>将所选行用作表头</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+18"/>
        <source>Detected</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Detected: {encoding}</source>
        <translation>检测结果：{encoding}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comma  ,</source>
        <translation>逗号  ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon  ;</source>
        <translation>分号  ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar  |</source>
        <translation>竖线  |</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This file could not be read. The details were saved in the log.</source>
        <translation>无法读取此文件。详细信息已保存在日志中。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{rows} rows below the header, {columns} columns.</source>
        <translation>表头下方共 {rows} 行，{columns} 列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header is row {number}.</source>
        <translation>表头为第 {number} 行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out as totals or notes: rows {numbers}.</source>
        <translation>作为合计或注释排除的行：第 {numbers} 行。</translation>
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
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed by hand</source>
        <translation>手动安排</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received late</source>
        <translation>逾期收到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Placed by hand: %1</source>
        <translation>手动安排：%1</translation>
    </message>
</context>
<context>
    <name>SpeakingPage</name>
    <message>
        <location filename="../liaison_app/ui/speaking/page.py" line="+305"/>
        <source>&amp;Event:</source>
        <extracomment>Replaceable in tests: asks the officer why (None when cancelled).</extracomment>
        <translation>活动(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Allocate all</source>
        <translation>全部分配(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give every open request a slot by protocol order: level, then in person before remote, then time of receipt. Placements made by hand and confirmed slots are kept.</source>
        <translation>按礼宾顺序为每项待处理申请分配时段：先按级别，再按现场优先于远程，然后按收到时间。手动安排和已确认的时段保持不变。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New request…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import form export…</source>
        <translation>导入表格导出文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the requests of the online form&apos;s spreadsheet export (Excel or CSV)</source>
        <translation>添加在线表格所导出电子表格（Excel 或 CSV）中的申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why here?</source>
        <translation>为何安排在此(&amp;W)？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the selected speaker sits where they sit (Ctrl+I)</source>
        <translation>所选发言者为何被安排在当前位置（Ctrl+I）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to…</source>
        <translation>移至(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm slot</source>
        <translation>确认时段(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delegation was told its slot: the speaker keeps the session from now on.</source>
        <translation>已将时段通知代表团：此后该发言者将保留在该会议中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the &amp;rules place it…</source>
        <translation>按规则安排(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo a placement made by hand: the rules place the speaker again.</source>
        <translation>撤销手动安排：按规则重新安排该发言者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List in:</source>
        <translation>名单语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print or save…</source>
        <translation>打印或保存(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list of speakers as PDF…</source>
        <translation>将发言名单另存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the moderator&apos;s run sheet as PDF…</source>
        <translation>将主持人流程表另存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the list of speakers…</source>
        <translation>打印发言名单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the moderator&apos;s run sheet…</source>
        <translation>打印主持人流程表…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduler</source>
        <translation>时段安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search country, speaker, session…</source>
        <translation>搜索国家、发言者、会议…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts only</source>
        <translation>仅显示冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+211"/>
        <source>Why here?</source>
        <translation>为何安排在此？</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Select a speaker to see why they sit where they sit.</source>
        <translation>选择发言者以查看其被安排在当前位置的原因。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>There is no event in this database yet.</source>
        <translation>此数据库中尚无活动。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n speaker(s) scheduled</source>
        <translation>
            <numerusform>已安排 %n 位发言者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 位候补</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not allocated yet</source>
        <translation>
            <numerusform>%n 位尚未分配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n with a conflict</source>
        <translation>
            <numerusform>%n 位存在冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+14"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 项申请</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Move to…</source>
        <translation>移至…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm slot</source>
        <translation>确认时段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the rules place it…</source>
        <translation>按规则安排…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen…</source>
        <translation>重新开启…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Allocating speaking slots…</source>
        <translation>正在分配发言时段…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Allocated by protocol order: %1 scheduled, %2 waiting, %3 declined; %4 changed.</source>
        <translation>已按礼宾顺序分配：%1 位已安排，%2 位候补，%3 位被拒绝；%4 项有变动。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the waitlist, place %1</source>
        <translation>候补名单第 %1 位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, slot %2</source>
        <translation>%1，第 %2 个时段</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move %1 (%2) to %3. Why? The reason is kept and shown to anyone who asks.</source>
        <translation>将 %1（%2）移至%3。原因是什么？该原因将被保存，并向询问者显示。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not moved: a move by hand needs a reason.</source>
        <translation>未移动：手动移动需要说明原因。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 moved to %2.</source>
        <translation>%1 已移至%2。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Moved up from the waitlist: %1.</source>
        <translation>从候补名单递补：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s request is withdrawn. Why? (For example: note verbale of 20 April.)</source>
        <translation>撤回 %1 的申请。原因是什么？（例如：4 月 20 日的普通照会。）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request was withdrawn.</source>
        <translation>%1 的申请已撤回。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decline %1&apos;s request. Why?</source>
        <translation>拒绝 %1 的申请。原因是什么？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request was declined.</source>
        <translation>%1 的申请已被拒绝。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen %1&apos;s request. Why?</source>
        <translation>重新开启 %1 的申请。原因是什么？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request is open again; &quot;Allocate all&quot; will place it.</source>
        <translation>%1 的申请已重新开启；“全部分配”将为其安排时段。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let the rules place %1 again. Why?</source>
        <translation>按规则重新安排 %1。原因是什么？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules placed %1 again.</source>
        <translation>已按规则重新安排 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1&apos;s slot is confirmed.</source>
        <translation>%1 的时段已确认。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Request added; &quot;Allocate all&quot; will give it a slot.</source>
        <translation>已添加申请；“全部分配”将为其分配时段。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+37"/>
        <location line="+6"/>
        <source>Import speaking requests</source>
        <translation>导入发言申请</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the form export…</source>
        <translation>正在读取表格导出文件…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 request(s) to add, %2 already on the list, %3 row(s) left out.</source>
        <translation>待添加 %1 项申请，%2 项已在名单中，剔除 %3 行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add them now?</source>
        <translation>现在添加吗？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 request(s) imported; &quot;Allocate all&quot; will give them a slot.</source>
        <translation>已导入 %1 项申请；“全部分配”将为其分配时段。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run sheet</source>
        <translation>主持人流程表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of speakers</source>
        <translation>发言名单</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing the PDF…</source>
        <translation>正在准备 PDF…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No printer is set up on this computer. Save the list as PDF and print it from a computer that has one.</source>
        <translation>此计算机未设置打印机。请将名单另存为 PDF，并在有打印机的计算机上打印。</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/board.py" line="+164"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>StageMover</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/stage_moves.py" line="+53"/>
        <location line="+55"/>
        <source>This move is not possible</source>
        <translation>无法进行此移动</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Confirm the move</source>
        <translation>确认移动</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The amount is missing</source>
        <translation>缺少金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{organization} has no amount yet, and no package to take one from. Edit the inquiry to enter the amount and currency before marking it {stage}.</source>
        <translation>{organization}尚无金额，也没有可供取值的合作方案。请先编辑咨询，输入金额和币种，然后再将其标记为“{stage}”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The package is sold out</source>
        <translation>合作方案名额已满</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All {quantity} places of the package are already held by committed partners, so {organization} cannot be marked {stage}. Raise the package&apos;s number of places, or choose another package for this inquiry.</source>
        <translation>该合作方案的全部 {quantity} 个名额均已被已承诺的合作伙伴占用，因此无法将{organization}标记为“{stage}”。请增加该合作方案的名额，或为此咨询选择其他合作方案。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{organization} is {stage}: that closes the inquiry, so it cannot be moved to {target}. If it must be worked on again, choose “Reopen…” in its menu.</source>
        <translation>{organization}处于“{stage}”阶段：该咨询已结束，因此不能移至“{target}”。如需重新跟进，请在其菜单中选择“重新开启…”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move {organization} back from {stage} to {target}?</source>
        <translation>要将{organization}从“{stage}”退回到“{target}”吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {organization} from {stage} straight to {target}?

This skips: {skipped}.</source>
        <translation>要将{organization}从“{stage}”直接移至“{target}”吗？

这将跳过：{skipped}。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../liaison_app/ui/app.py" line="+62"/>
        <source>Open another database…</source>
        <extracomment>Exit code when no database could be opened and the user chose to quit (the CLI&apos;s &quot;refused&quot;).</extracomment>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/status_dialog.py" line="+77"/>
        <source>Change the status</source>
        <translation>更改状态</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set the status of %n invitation(s):</source>
        <translation>
            <numerusform>设置 %n 份邀请的状态：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional, kept in the history</source>
        <translation>可选，将保存在历史记录中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to draft: the date of sending is forgotten (the letter never went out).</source>
        <translation>退回草稿：将清除发送日期（信函从未发出）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drafts are marked sent on this date, by this channel if they had none.</source>
        <translation>草稿将被标记为于此日期发送；未指定渠道的，使用此渠道。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The addressee confirmed receiving the letter on this date.</source>
        <translation>收件方已确认于此日期收到信函。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only after the reply deadline; the application also does it by itself.</source>
        <translation>仅限答复截止日期之后；应用程序也会自动执行此操作。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitations with a reply keep the reply&apos;s decision: change the reply instead.</source>
        <translation>已有答复的邀请保留答复中的决定：请改为更改答复。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/summary_page.py" line="+62"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Excel workbook of every row left out, with its reasons.</source>
        <translation>列出所有被剔除的行及其原因的 Excel 工作簿。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Undo this import</source>
        <translation>撤销此次导入</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Remove the contacts it added and put back what it changed. Also possible later, from the Import &amp; export section.</source>
        <translation>删除此次导入添加的联系人，并恢复其更改的内容。以后也可在“导入与导出”部分执行此操作。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{read} rows read from {name}.</source>
        <translation>从 {name} 读取了 {read} 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added: {count}</source>
        <translation>已添加：{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: {count}</source>
        <translation>已更新：{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged: {count}</source>
        <translation>已合并：{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped as duplicates or left out: {count}</source>
        <translation>作为重复项跳过或剔除：{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out with problems: {count}</source>
        <translation>因问题剔除：{count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New organizations: {count}</source>
        <translation>新组织：{count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals and notes under the list, not taken as people: {count}</source>
        <translation>名单下方的合计和注释（未视为人员）：{count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No row was left out.</source>
        <translation>没有剔除任何行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{stem} - rows left out.xlsx</source>
        <translation>{stem} - 剔除的行.xlsx</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report saved: {path}</source>
        <translation>报告已保存：{path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove the {added} contacts this import added and put back the fields it changed?</source>
        <translation>要删除此次导入添加的 {added} 位联系人并恢复其更改的字段吗？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was undone: {removed} contacts removed, {reverted} fields put back.</source>
        <translation>导入已撤销：删除了 {removed} 位联系人，恢复了 {reverted} 个字段。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../liaison_app/ui/template_editor.py" line="+141"/>
        <source>Kind of letter</source>
        <extracomment>A template was saved (kind, language). A preview finished rendering (also after an error): tests wait on it.</extracomment>
        <translation>信函类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview for</source>
        <translation>预览对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text (a blank line between paragraphs; {{ field }} merges a value)</source>
        <translation>正文（段落之间空一行；{{ field }} 用于插入字段值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge fields (double-click to insert)</source>
        <translation>合并字段（双击插入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the default text</source>
        <translation>恢复默认文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preview appears here.</source>
        <translation>预览将显示在此处。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved template</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text you changed is not saved. Discard the changes?</source>
        <translation>您更改的文本尚未保存。要放弃更改吗？</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Saved (version {version}).</source>
        <translation>已保存（第 {version} 版）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No one is to receive a letter of this kind for this event yet.</source>
        <translation>此活动目前尚无此类信函的收件人。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The preview could not be made; see the log file.</source>
        <translation>无法生成预览；请查看日志文件。</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../liaison_app/ui/undo_bar.py" line="+43"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/validation_page.py" line="+78"/>
        <source>Check the rows</source>
        <extracomment>Background of a cell whose value is refused: a pale red readable under dark text. Rows listed at most (the rest are counted and go to the report).</extracomment>
        <translation>检查各行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with a problem are listed with the reason by each cell in red. Correct a cell here, or leave the row out: it will be listed in the report.</source>
        <translation>列出有问题的行，并在每个红色单元格旁注明原因。可在此更正单元格，或剔除该行：该行将列入报告。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a cell to correct it; the row is checked again at once.</source>
        <translation>双击单元格进行更正；该行将立即重新检查。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking {count} rows…</source>
        <translation>正在检查 {count} 行…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rows could not be checked. The details were saved in the log.</source>
        <translation>无法检查各行。详细信息已保存在日志中。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave out</source>
        <translation>剔除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Corrected: will be imported</source>
        <translation>已更正：将被导入</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{total} rows read: {ready} ready to import.</source>
        <translation>已读取 {total} 行：{ready} 行可导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{bad} with problems: left out unless corrected below.</source>
        <translation>{bad} 行有问题：除非在下方更正，否则将被剔除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} left out by you.</source>
        <translation>您剔除了 {count} 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first {count} are listed; the report lists them all.</source>
        <translation>此处列出前 {count} 行；报告将列出全部行。</translation>
    </message>
</context>
</TS>
