<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/contacts/contacts_page.py" line="+328"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>Delete the %n selected contact(s)?</source>
        <translation>
            <numerusform>Delete the %n selected contact?</numerusform>
            <numerusform>Delete the %n selected contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n contact deleted.</numerusform>
            <numerusform>%n contacts deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>%n contact restored.</numerusform>
            <numerusform>%n contacts restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/dashboard/page.py" line="+486"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/invitations/deadlines_tab.py" line="+159"/>
        <source>Last day: %n hour(s) left in Geneva</source>
        <translation>
            <numerusform>Last day: %n hour left in Geneva</numerusform>
            <numerusform>Last day: %n hours left in Geneva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n invitation(s) await a reply</source>
        <translation>
            <numerusform>%n invitation awaits a reply</numerusform>
            <numerusform>%n invitations await a reply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/import_wizard/duplicates_page.py" line="+156"/>
        <source>%n row(s) already known. Choose what to do with each.</source>
        <translation>
            <numerusform>%n row already known. Choose what to do with each.</numerusform>
            <numerusform>%n rows already known. Choose what to do with each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/export_action.py" line="+95"/>
        <source>%n row(s) exported to {name}.</source>
        <translation>
            <numerusform>%n row exported to {name}.</numerusform>
            <numerusform>%n rows exported to {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsWidget</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/partnerships/follow_ups_widget.py" line="+158"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due today (%n)</source>
        <translation>
            <numerusform>Due today (%n)</numerusform>
            <numerusform>Due today (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Next %1 days (%n)</source>
        <translation>
            <numerusform>Next %1 days (%n)</numerusform>
            <numerusform>Next %1 days (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open, with no follow-up date (%n)</source>
        <translation>
            <numerusform>Open, with no follow-up date (%n)</numerusform>
            <numerusform>Open, with no follow-up date (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InquiryCard</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/partnerships/board.py" line="+146"/>
        <source>Follow up: %1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>Follow up: %1 (%n day overdue)</numerusform>
            <numerusform>Follow up: %1 (%n days overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InquiryTableModel</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/partnerships/table_model.py" line="+169"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationDisplay</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/invitations/display.py" line="+99"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationTableModel</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/invitations/table_model.py" line="+159"/>
        <source>%n source(s) make up this reply</source>
        <translation>
            <numerusform>%n source makes up this reply</numerusform>
            <numerusform>%n sources make up this reply</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/invitations/page.py" line="+540"/>
        <source>Showing {shown} of %n invitation(s)</source>
        <translation>
            <numerusform>Showing {shown} of %n invitation</numerusform>
            <numerusform>Showing {shown} of %n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n chosen invitation(s)</source>
        <translation>
            <numerusform>%n chosen invitation</numerusform>
            <numerusform>%n chosen invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n invitation(s) recorded.</source>
        <translation>
            <numerusform>%n invitation recorded.</numerusform>
            <numerusform>%n invitations recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n addressee(s) had already been invited and were left as they are.</source>
        <translation>
            <numerusform>%n addressee had already been invited and was left as it was.</numerusform>
            <numerusform>%n addressees had already been invited and were left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n invitation(s) changed.</source>
        <translation>
            <numerusform>%n invitation changed.</numerusform>
            <numerusform>%n invitations changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not changed:</source>
        <translation>
            <numerusform>%n not changed:</numerusform>
            <numerusform>%n not changed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>Delete %n invitation(s)? Use this for invitations recorded by mistake; the deletion stays in the history.</source>
        <translation>
            <numerusform>Delete %n invitation? Use this for invitations recorded by mistake; the deletion stays in the history.</numerusform>
            <numerusform>Delete %n invitations? Use this for invitations recorded by mistake; the deletion stays in the history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n invitation(s) deleted.</source>
        <translation>
            <numerusform>%n invitation deleted.</numerusform>
            <numerusform>%n invitations deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/invitations/invite_dialog.py" line="+339"/>
        <source>%n new invitation(s)</source>
        <translation>
            <numerusform>%n new invitation</numerusform>
            <numerusform>%n new invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already invited, left as they are</source>
        <translation>
            <numerusform>%n already invited, left as they are</numerusform>
            <numerusform>%n already invited, left as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) chosen</source>
        <translation>
            <numerusform>%n contact chosen</numerusform>
            <numerusform>%n contacts chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberStatesPage</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/contacts/member_states_page.py" line="+245"/>
        <source>%n Member State(s)</source>
        <translation>
            <numerusform>%n Member State</numerusform>
            <numerusform>%n Member States</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/contacts/organizations_page.py" line="+294"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n contact(s) will keep their details but no longer belong to it.</source>
        <translation>
            <numerusform>%n contact will keep their details but no longer belong to it.</numerusform>
            <numerusform>%n contacts will keep their details but no longer belong to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/partnerships/page.py" line="+593"/>
        <source>%1 of %n inquiries</source>
        <translation>
            <numerusform>%1 of %n inquiries</numerusform>
            <numerusform>%1 of %n inquiries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakingPage</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/speaking/page.py" line="+427"/>
        <source>%n speaker(s) scheduled</source>
        <translation>
            <numerusform>%n speaker scheduled</numerusform>
            <numerusform>%n speakers scheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not allocated yet</source>
        <translation>
            <numerusform>%n not allocated yet</numerusform>
            <numerusform>%n not allocated yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n with a conflict</source>
        <translation>
            <numerusform>%n with a conflict</numerusform>
            <numerusform>%n with a conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+14"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/invitations/status_dialog.py" line="+78"/>
        <source>Set the status of %n invitation(s):</source>
        <translation>
            <numerusform>Set the status of %n invitation:</numerusform>
            <numerusform>Set the status of %n invitations:</numerusform>
        </translation>
    </message>
</context>
</TS>
