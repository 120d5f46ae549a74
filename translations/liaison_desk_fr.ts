<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CircularDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/circular_dialog.py" line="+142"/>
        <source>Circular</source>
        <extracomment>The saved circular&apos;s id, once accepted.</extracomment>
        <translation>Lettre circulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>Date limite de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressed to</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies due by</source>
        <translation>Réponses attendues au plus tard le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Member States</source>
        <translation>Tous les États Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected Member States</source>
        <translation>États Membres sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen contacts</source>
        <translation>Contacts choisis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language versions</source>
        <translation>Versions linguistiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressees, as printed</source>
        <translation>Destinataires, tels qu’imprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: the next number of the year. Leave it, or type another.</source>
        <translation>Suggestion&#xa0;: le numéro suivant de l’année. Conservez-le ou saisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contact_editor.py" line="+236"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact: {name}</source>
        <translation>Contact&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach them</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form of address, gender</source>
        <translation>Civilité, genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as written *</source>
        <translation>Nom tel qu’il s’écrit *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name, family name</source>
        <translation>Prénom, nom de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Latin script</source>
        <translation>Nom en caractères latins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>Niveau de représentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State</source>
        <translation>État Membre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other e-mail</source>
        <translation>Autre courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Formule d’appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the person writes it, in any script</source>
        <translation>Tel que la personne l’écrit, dans toute écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For envelopes and sorting</source>
        <translation>Pour les enveloppes et le tri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name in any of the six languages, or an ISO code</source>
        <translation>Saisissez un nom dans l’une des six langues, ou un code ISO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one, or type the name of a new one</source>
        <translation>Choisissez-en une, ou saisissez le nom d’une nouvelle organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+41 22 730 51 11, or national with a Member State</source>
        <translation>+41 22 730 51 11, ou numéro national avec un État Membre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only to replace the salutation made from the form of address</source>
        <translation>Uniquement pour remplacer la formule d’appel déduite de la civilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used for grammatical agreement in letters</source>
        <translation>Sert à l’accord grammatical dans les lettres</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no form of address)</source>
        <translation>(sans civilité)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the Member State&apos;s language)</source>
        <translation>(langue de l’État Membre)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Add the name in Latin script for envelopes and sorting.</source>
        <translation>Ajoutez le nom en caractères latins pour les enveloppes et le tri.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved as {phone}</source>
        <translation>Enregistré sous la forme {phone}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Letters will be in {language}.</source>
        <translation>Langue des lettres&#xa0;: {language}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new organization “{name}” will be added.</source>
        <translation>Une nouvelle organisation, «&#xa0;{name}&#xa0;», sera ajoutée.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_model.py" line="+103"/>
        <source>Name</source>
        <extracomment>Rows read per query: a few screens, so scrolling reads rarely and each read stays short. Pages kept; older ones are read again if the view comes back to them. A full first page is counted once a view has painted it, or after this wait. After this pause with no new question, the whole ordered list of matching contacts is read in the background, so that a first jump deep into the list does not wait for it. The columns of the issue, in order; titles are read on each call so they follow the language.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Latin script</source>
        <translation>Nom en caractères latins</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form of address</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member State</source>
        <translation>État Membre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Searching contacts…</source>
        <extracomment>Columns laid out left to right in every interface language. The roles the model answers; the view asks for more (font, alignment, check state…). The `ContactRow` of a row. The contact&apos;s id. The rows of the newest query are shown (after the reset, and after `refresh`). The number of rows shown is final: at once with `answered`, or when the count arrives. Rows read for the first page and for the windows shown since, by page number. Every matching contact in order, read the first time the view goes past page 0. Each question gets a number; only the answer to the newest is shown. The page shown is full and the number of matches is being counted in the background. The count of a full first page starts once the page is painted (or on this timer). The texts of each row shown, by row number, made when first painted. How many queries were run (count, pages, key lists): for tests and the benchmark.</extracomment>
        <translation>Recherche de contacts…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counting contacts…</source>
        <translation>Décompte des contacts…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Listing contacts…</source>
        <translation>Chargement de la liste des contacts…</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>No language of their own: letters follow {state}.</source>
        <translation>Pas de langue propre&#xa0;: les lettres suivent la langue de l’État Membre ({state}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile: {phone}</source>
        <translation>Mobile&#xa0;: {phone}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_page.py" line="+222"/>
        <source>Search names, positions, organizations, e-mails, phones — any script (Ctrl+F)</source>
        <extracomment>Starting widths of the columns (pixels), until the officer&apos;s own are remembered. The module of the shared export action (issue 6), used when it is installed. The dialog behind &quot;Add to invitation list&quot;; it comes with the invitations service (issue 4). Deletions that Undo can still put back, most recent last.</extracomment>
        <translation>Rechercher noms, fonctions, organisations, courriels, téléphones — toute écriture (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contact…</source>
        <translation>Nouveau contact…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Ajouter un contact (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to invitation list…</source>
        <translation>Ajouter à la liste d’invitation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export selection…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the deleted contacts back (Ctrl+Z)</source>
        <translation>Rétablir les contacts supprimés (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All Member States</source>
        <translation>Tous les États Membres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All organization types</source>
        <translation>Tous les types d’organisation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Member State</source>
        <translation>État Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region of the Member State</source>
        <translation>Région de l’État Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>Niveau de représentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of letters: the contact&apos;s own, else their Member State&apos;s</source>
        <translation>Langue des lettres&#xa0;: celle du contact, à défaut celle de son État Membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of organization</source>
        <translation>Type d’organisation</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contacts yet.

Add one with “New contact…” (Ctrl+N), or import a spreadsheet of contacts from the Import &amp; export section.</source>
        <translation>Aucun contact pour l’instant.

Ajoutez-en un avec «&#xa0;Nouveau contact…&#xa0;» (Ctrl+N), ou importez une feuille de calcul de contacts depuis la section Importation et exportation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact matches “{search}” with these filters.</source>
        <translation>Aucun contact ne correspond à «&#xa0;{search}&#xa0;» avec ces filtres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact matches these filters.</source>
        <translation>Aucun contact ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create invitations for the selected contacts to an event.</source>
        <translation>Créer des invitations à un événement pour les contacts sélectionnés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding contacts to an invitation list arrives with the invitations feature in a later version.</source>
        <translation>L’ajout de contacts à une liste d’invitation arrivera avec la fonction Invitations dans une prochaine version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the selected contacts to an Excel workbook.</source>
        <translation>Enregistrer les contacts sélectionnés dans un classeur Excel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting contacts from the window arrives in a later version.</source>
        <translation>L’exportation des contacts depuis la fenêtre arrivera dans une prochaine version.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Delete the contact “{name}”?</source>
        <translation>Supprimer le contact «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete the %n selected contact(s)?</source>
        <translation>
            <numerusform>Supprimer %n contact sélectionné&#xa0;?</numerusform>
            <numerusform>Supprimer les %n contacts sélectionnés&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this with Ctrl+Z or the Undo button.</source>
        <translation>Vous pourrez annuler cette opération avec Ctrl+Z ou le bouton Annuler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n contact supprimé.</numerusform>
            <numerusform>%n contacts supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>%n contact rétabli.</numerusform>
            <numerusform>%n contacts rétablis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_section.py" line="+36"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States</source>
        <translation>États Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../liaison_app/ui/dashboard/page.py" line="+266"/>
        <source>&amp;Event:</source>
        <extracomment>A figure was clicked: (section key, filter) of the list behind it. Replaceable in tests, so days left do not depend on when the tests run. Loaded when first shown or activated, once (see InvitationsPage.loaded).</extracomment>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export event report…</source>
        <translation>Exporter le rapport d’événement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save where this event stands, with its invitations, replies, speakers and partnerships, as an Excel workbook</source>
        <translation>Enregistrer l’état d’avancement de cet événement, avec ses invitations, réponses, orateurs et partenariats, sous forme de classeur Excel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No event in this database yet. Create one in Invitations &amp; replies (New event…), or open the demo database.</source>
        <translation>Aucun événement dans cette base de données pour l’instant. Créez-en un dans Invitations et réponses (Nouvel événement…), ou ouvrez la base de démonstration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countdown</source>
        <translation>Délai restant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership pipeline (each currency on its own)</source>
        <translation>Portefeuille de partenariats (chaque devise séparément)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>invitations</source>
        <translation>invitations</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>replies ({share} % of invitations)</source>
        <translation>réponses ({share}&#xa0;% des invitations)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>still awaiting a reply</source>
        <translation>toujours en attente de réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overdue: deadline passed</source>
        <translation>en retard&#xa0;: échéance dépassée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delegates announced, {in_person} in person</source>
        <translation>délégués annoncés, dont {in_person} en personne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>requests to speak</source>
        <translation>demandes de prise de parole</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>partners committed, {open} open</source>
        <translation>partenaires engagés, {open} demandes en cours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invitations by status</source>
        <translation>Invitations par statut</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Replies by decision</source>
        <translation>Réponses par décision</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>No reply yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Replies received per day</source>
        <translation>Réponses reçues par jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies that day</source>
        <translation>Réponses du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies in total</source>
        <translation>Total des réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline {date}</source>
        <translation>Échéance&#xa0;: {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replies by region</source>
        <translation>Réponses par région</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replies by level of representation</source>
        <translation>Réponses par niveau de représentation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requests to speak by status</source>
        <translation>Demandes de prise de parole par statut</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Replies to {reference}</source>
        <translation>Réponses à {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies to the invitation</source>
        <translation>Réponses à l’invitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests to speak</source>
        <translation>Demandes de prise de parole</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../liaison_app/ui/database_commands.py" line="+33"/>
        <source>Liaison Desk database (*.sqlite3 *.db)</source>
        <translation>Base de données Liaison Desk (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} already exists. To use it, choose File ▸ Open database…</source>
        <translation>{path} existe déjà. Pour l’utiliser, choisissez Fichier ▸ Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Creating the database…</source>
        <translation>Création de la base de données…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database was upgraded to this version of Liaison Desk. A copy of it as it was is kept in {path}.</source>
        <translation>La base de données a été mise à niveau pour cette version de Liaison Desk. Une copie de son état antérieur est conservée dans {path}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up to folder</source>
        <translation>Sauvegarder dans le dossier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup was saved as {path}.</source>
        <translation>La sauvegarde a été enregistrée sous {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace the database {target} with the backup {backup}?

The current database will be kept beside it under a dated name.</source>
        <translation>Remplacer la base de données {target} par la sauvegarde {backup}&#xa0;?

La base actuelle sera conservée à côté, sous un nom daté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait until the running task has finished, then restore.</source>
        <translation>Attendez la fin de la tâche en cours, puis restaurez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring the database…</source>
        <translation>Restauration de la base de données…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was restored. The previous database was kept as {path}.</source>
        <translation>La sauvegarde a été restaurée. L’ancienne base de données est conservée sous {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up and restore work on a database file. For a server database, use the server&apos;s own tools.</source>
        <translation>La sauvegarde et la restauration portent sur un fichier de base de données. Pour une base sur serveur, utilisez les outils du serveur.</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../liaison_app/ui/invitations/deadlines_tab.py" line="+104"/>
        <source>Deadlines (days counted in Geneva)</source>
        <extracomment>The non-repliers chosen for reminders: invitation ids, in the list&apos;s order. A deadline was double-clicked: list the invitations still waiting under it.</extracomment>
        <translation>Échéances (jours comptés à l’heure de Genève)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Countdown</source>
        <translation>Délai restant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not replied yet</source>
        <translation>Sans réponse à ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reminder</source>
        <translation>Dernier rappel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue only</source>
        <translation>En retard uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select non-repliers for reminders</source>
        <translation>Sélectionner les non-répondants pour un rappel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selects these invitations in the Invitations tab, ready for a pack of reminder letters.</source>
        <translation>Sélectionne ces invitations dans l’onglet Invitations, prêtes pour un lot de lettres de rappel.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replies to {reference}</source>
        <translation>Réponses à {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies to the invitation</source>
        <translation>Réponses à l’invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests to speak</source>
        <translation>Demandes de prise de parole</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last day: %n hour(s) left in Geneva</source>
        <translation>
            <numerusform>Dernier jour&#xa0;: %n heure restante à Genève</numerusform>
            <numerusform>Dernier jour&#xa0;: %n heures restantes à Genève</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n invitation(s) await a reply</source>
        <translation>
            <numerusform>%n invitation attend une réponse</numerusform>
            <numerusform>%n invitations attendent une réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <location filename="../liaison_app/ui/invitations/delegation_editor.py" line="+61"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attends</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/duplicates_page.py" line="+89"/>
        <source>Rows already known</source>
        <extracomment>Duplicates listed at most; the choice &quot;for all&quot; covers the rest.</extracomment>
        <translation>Lignes déjà connues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same e-mail, or the same name in the same Member State, earlier in the file or already in the database.</source>
        <translation>Même courriel, ou même nom dans le même État Membre, plus haut dans le fichier ou déjà dans la base de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For every duplicate:</source>
        <translation>Pour chaque doublon&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to all</source>
        <translation>Appliquer à tous</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as</source>
        <translation>Identique à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Because of</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skip: keep what is there</source>
        <translation>Ignorer&#xa0;: conserver l’existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update: the file&apos;s values replace the stored ones</source>
        <translation>Mettre à jour&#xa0;: les valeurs du fichier remplacent celles enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge: the file fills only the blanks</source>
        <translation>Fusionner&#xa0;: le fichier ne remplit que les champs vides</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same name and Member State</source>
        <translation>même nom et même État Membre</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n row(s) already known. Choose what to do with each.</source>
        <translation>
            <numerusform>%n ligne déjà connue. Choisissez que faire.</numerusform>
            <numerusform>%n lignes déjà connues. Choisissez que faire pour chacune.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The import will do this — add: {added}, update: {updated}, merge: {merged}, skip: {skipped}, leave out with problems: {rejected}.</source>
        <translation>L’importation effectuera ceci — ajouts&#xa0;: {added}, mises à jour&#xa0;: {updated}, fusions&#xa0;: {merged}, lignes ignorées&#xa0;: {skipped}, lignes écartées pour problème&#xa0;: {rejected}.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>No duplicates: every row is new.</source>
        <translation>Aucun doublon&#xa0;: toutes les lignes sont nouvelles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {number} of the file</source>
        <translation>Ligne {number} du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, in the database</source>
        <translation>{name}, dans la base de données</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add as a new contact</source>
        <translation>Ajouter comme nouveau contact</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../liaison_app/ui/error_reporting.py" line="+39"/>
        <source>Something went wrong. The details were saved in {path}.</source>
        <translation>Un problème est survenu. Les détails ont été enregistrés dans {path}.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../liaison_app/ui/events/event_dialog.py" line="+80"/>
        <source>Virtual</source>
        <translation>Virtuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>New event</source>
        <extracomment>The saved event&apos;s id, once accepted.</extracomment>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>Généralités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titles</source>
        <translation>Titres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and signatory</source>
        <translation>Contact et signataire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From – to</source>
        <translation>Du – au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (ISO code)</source>
        <translation>Pays (code ISO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>Date limite de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking requests by</source>
        <translation>Délai des demandes de prise de parole</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Minutes per speaker</source>
        <translation>Minutes par orateur</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short, without spaces: WSIS-2022</source>
        <translation>Courte, sans espaces&#xa0;: WSIS-2022</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies due by</source>
        <translation>Réponses attendues au plus tard le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>Au plus tard le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <comment>name of the event</comment>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+18"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Add a session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Title</source>
        <comment>form of address of the contact person: Ms, Mr, Dr</comment>
        <translation>Civilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <comment>position of the signatory: Secretary-General</comment>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>Signature image</source>
        <translation>Image de la signature</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Choose an image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No signature image</source>
        <translation>Aucune image de signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG or JPEG, at most 2 MB and 4000 × 4000 pixels.</source>
        <translation>PNG ou JPEG, 2 Mo et 4000 × 4000 pixels au maximum.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{kind}, {width} × {height} pixels</source>
        <translation>{kind}, {width} × {height} pixels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transparent background: kept on the letters.</source>
        <translation>Fond transparent&#xa0;: conservé sur les lettres.</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../liaison_app/ui/export_action.py" line="+64"/>
        <source>Export to Excel</source>
        <extracomment>Settings key: the folder of the last export, offered again next time.</extracomment>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Exporting to {name}…</source>
        <extracomment>The ExportResult, after the workbook was written and the user told.</extracomment>
        <translation>Exportation vers {name}…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open workbook</source>
        <translation>Ouvrir le classeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing {name}: {done:,} of {total:,} rows…</source>
        <translation>Écriture de {name}&#xa0;: {done:,} lignes sur {total:,}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {name}: {done:,} rows…</source>
        <translation>Écriture de {name}&#xa0;: {done:,} lignes…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this list as an Excel workbook</source>
        <translation>Enregistrer cette liste sous forme de classeur Excel</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message numerus="yes">
        <location line="-204"/>
        <source>%n row(s) exported to {name}.</source>
        <translation>
            <numerusform>%n ligne exportée vers {name}.</numerusform>
            <numerusform>%n lignes exportées vers {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/file_page.py" line="+51"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook (.xlsx, .xlsm) or a text file (.csv, .tsv, .txt) exported from Excel or another program.</source>
        <translation>Un classeur Excel (.xlsx, .xlsm) ou un fichier texte (.csv, .tsv, .txt) exporté depuis Excel ou un autre programme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title rows above the header, blank rows and totals at the bottom are found and left out. Nothing is added to the database until the last step.</source>
        <translation>Les lignes de titre au-dessus de l’en-tête, les lignes vides et les totaux en bas sont détectés et écartés. Rien n’est ajouté à la base de données avant la dernière étape.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the file</source>
        <translation>Chemin du fichier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation>Feuilles de calcul ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is a folder, not a file.</source>
        <translation>Il s’agit d’un dossier, pas d’un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such file.</source>
        <translation>Ce fichier n’existe pas.</translation>
    </message>
</context>
<context>
    <name>FollowUpsWidget</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/partnerships/follow_ups_widget.py" line="+158"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Follow up on</source>
        <translation>Date de relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>En retard (%n)</numerusform>
            <numerusform>En retard (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due today (%n)</source>
        <translation>
            <numerusform>Pour aujourd’hui (%n)</numerusform>
            <numerusform>Pour aujourd’hui (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Next %1 days (%n)</source>
        <translation>
            <numerusform>%1 prochains jours (%n)</numerusform>
            <numerusform>%1 prochains jours (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open, with no follow-up date (%n)</source>
        <translation>
            <numerusform>En cours, sans date de relance (%n)</numerusform>
            <numerusform>En cours, sans date de relance (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../liaison_app/ui/invitations/history_panel.py" line="+48"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an invitation to see what happened to it.</source>
        <translation>Choisissez une invitation pour voir son historique.</translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/import_page.py" line="+91"/>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated or merged</source>
        <translation>Mis à jour ou fusionnés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Import contact lists from Excel workbooks or CSV and text files, in any of the six languages. Every import can be undone as a whole.</source>
        <translation>Importez des listes de contacts depuis des classeurs Excel ou des fichiers CSV et texte, dans l’une des six langues. Chaque importation peut être annulée dans son ensemble.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import contacts…</source>
        <translation>Importer des contacts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export contacts to Excel…</source>
        <translation>Exporter les contacts vers Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past imports</source>
        <translation>Importations précédentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No import yet.</source>
        <translation>Aucune importation pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this import…</source>
        <translation>Annuler cette importation…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Undo this import</source>
        <translation>Annuler cette importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the import of {name} ({when})? The {added} contacts it added are removed and the fields it changed are put back, unless changed again since.</source>
        <translation>Annuler l’importation de {name} ({when})&#xa0;? Les {added} contacts ajoutés seront supprimés et les champs modifiés seront rétablis, sauf s’ils ont été modifiés de nouveau depuis.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import of {name} was undone: {removed} contacts removed, {reverted} fields put back.</source>
        <translation>L’importation de {name} a été annulée&#xa0;: {removed} contacts supprimés, {reverted} champs rétablis.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/wizard.py" line="+94"/>
        <source>Import contacts</source>
        <extracomment>Checked rows; None when a choice made them stale (they are checked again). The officer&apos;s choice for each duplicate, by row number.</extracomment>
        <translation>Importer des contacts</translation>
    </message>
</context>
<context>
    <name>InquiryCard</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/board.py" line="+132"/>
        <source>No package chosen</source>
        <translation>Aucune formule choisie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package&apos;s amount: the inquiry has no amount of its own yet.</source>
        <translation>Montant de la formule&#xa0;: la demande n’a pas encore de montant propre.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Follow up: %1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>Relance&#xa0;: %1 (%n jour de retard)</numerusform>
            <numerusform>Relance&#xa0;: %1 (%n jours de retard)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow up: today</source>
        <translation>Relance&#xa0;: aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up: %1</source>
        <translation>Relance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next follow-up: %1</source>
        <translation>Prochaine relance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up date</source>
        <translation>Pas de date de relance</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/inquiry_editor.py" line="+183"/>
        <source>(sold out)</source>
        <translation>(épuisée)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1, the package&apos;s amount</source>
        <translation>%1, montant de la formule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New inquiry</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit inquiry</source>
        <translation>Modifier la demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Package of interest:</source>
        <translation>&amp;Formule souhaitée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Came in by:</source>
        <translation>&amp;Voie de réception&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;follow-up:</source>
        <translation>Prochaine re&amp;lance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose from the directory or type the name</source>
        <translation>Choisissez dans l’annuaire ou saisissez le nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None chosen yet</source>
        <translation>Aucune choisie pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHF</source>
        <translation>CHF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a contact from the directory, or leave this empty.</source>
        <translation>Choisissez un contact dans l’annuaire, ou laissez ce champ vide.</translation>
    </message>
</context>
<context>
    <name>InquiryTableModel</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/table_model.py" line="+100"/>
        <source>Organization</source>
        <extracomment>Any of these stages (the dashboard&apos;s &quot;open&quot; or &quot;committed&quot;); empty means any stage.</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage since</source>
        <translation>À cette étape depuis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The package&apos;s amount: the inquiry has no amount of its own yet.</source>
        <translation>Montant de la formule&#xa0;: la demande n’a pas encore de montant propre.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationDisplay</name>
    <message>
        <location filename="../liaison_app/ui/invitations/display.py" line="+59"/>
        <source>Not stated</source>
        <extracomment>First-strong isolate: a date or a reference keeps its own order inside Arabic text. One colour per status, shared by the table and the dashboard (readable on light and dark).</extracomment>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Member State</source>
        <translation>Aucun État Membre</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Voie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged on</source>
        <translation>Réception accusée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders sent</source>
        <translation>Rappels envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reminder</source>
        <translation>Dernier rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>Niveau de représentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>Pouvoirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials signed by</source>
        <translation>Pouvoirs signés par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials dated</source>
        <translation>Date des pouvoirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>head of delegation</source>
        <translation>chef de délégation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invitation recorded</source>
        <translation>Invitation enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation deleted</source>
        <translation>Invitation supprimée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply logged</source>
        <translation>Réponse consignée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deleted</source>
        <translation>Réponse supprimée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply created</source>
        <translation>Réponse créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply deleted: {summary}</source>
        <translation>Réponse supprimée&#xa0;: {summary}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File attached: {name}</source>
        <translation>Fichier joint&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachment removed: {name}</source>
        <translation>Pièce jointe retirée&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}:
{old}
→
{new}</source>
        <translation>{field}&#xa0;:
{old}
→
{new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reply deadline passed without a reply.</source>
        <translation>La date limite de réponse est passée sans réponse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply deadline was moved: the invitation is waiting again.</source>
        <translation>La date limite de réponse a été reportée&#xa0;: l’invitation est de nouveau en attente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply was deleted.</source>
        <translation>La réponse a été supprimée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder sent.</source>
        <translation>Rappel envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the record: it was written before the audit trail.</source>
        <translation>D’après l’enregistrement, antérieur à la piste d’audit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Second source of the reply</source>
        <translation>Deuxième source de la réponse</translation>
    </message>
</context>
<context>
    <name>InvitationTableModel</name>
    <message>
        <location filename="../liaison_app/ui/invitations/table_model.py" line="+74"/>
        <source>Addressee</source>
        <extracomment>The row&apos;s InvitationRow. Replaceable in tests, so &quot;days left&quot; does not depend on when the tests run.</extracomment>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circular</source>
        <translation>Lettre circulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by</source>
        <translation>Voie d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply received</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Head of delegation: {name}</source>
        <translation>Chef de délégation&#xa0;: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) make up this reply</source>
        <translation>
            <numerusform>Cette réponse provient de %n source</numerusform>
            <numerusform>Cette réponse provient de %n sources</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reminder: {date}</source>
        <translation>Dernier rappel&#xa0;: {date}</translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <location filename="../liaison_app/ui/invitations/page.py" line="+327"/>
        <source>Put back what was deleted last (Ctrl+Z)</source>
        <extracomment>The officer selected non-repliers for reminders: (event reference, invitation ids). Replaceable in tests, so deadlines do not depend on when the tests run. The part of the filter the bar above the table cannot show (set by the dashboard). Loaded when first shown (or refreshed), not when built: the window builds a page and then activates it, and the first load should happen once.</extracomment>
        <translation>Rétablir ce qui a été supprimé en dernier (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit event…</source>
        <translation>Modifier l’événement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no event yet: create one with New event… to start inviting.</source>
        <translation>Aucun événement pour l’instant&#xa0;: créez-en un avec Nouvel événement… pour commencer à inviter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Circulars</source>
        <translation>Lettres circulaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines and reminders</source>
        <translation>Échéances et rappels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>Voie d’envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Circular</source>
        <translation>Lettre circulaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search Member States, people, notes…</source>
        <translation>Rechercher États Membres, personnes, notes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite Member States or contacts; those already invited are left as they are</source>
        <translation>Inviter des États Membres ou des contacts&#xa0;; ceux déjà invités restent inchangés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+324"/>
        <source>Log reply…</source>
        <translation>Consigner une réponse…</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Second source…</source>
        <translation>Deuxième source…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same reply came again (a signed letter after the online form)</source>
        <translation>La même réponse est arrivée de nouveau (lettre signée après le formulaire en ligne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply from a Member State…</source>
        <translation>Réponse d’un État Membre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder sent</source>
        <translation>Rappel envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count a reminder sent today to each selected invitation</source>
        <translation>Compter un rappel envoyé aujourd’hui pour chaque invitation sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New circular…</source>
        <translation>Nouvelle lettre circulaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show its invitations</source>
        <translation>Afficher ses invitations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>Date limite de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Next reference: {reference}</source>
        <translation>Prochaine référence&#xa0;: {reference}</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Showing {shown} of %n invitation(s)</source>
        <translation>
            <numerusform>Affichage&#xa0;: {shown} sur %n invitation</numerusform>
            <numerusform>Affichage&#xa0;: {shown} sur %n invitations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>waiting for a reply</source>
        <translation>en attente de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a reply</source>
        <translation>avec réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without a reply</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent without a circular</source>
        <translation>envoyées sans lettre circulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decision: {values}</source>
        <translation>décision&#xa0;: {values}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>level: {values}</source>
        <translation>niveau&#xa0;: {values}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reply received on {date}</source>
        <translation>réponse reçue le {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n chosen invitation(s)</source>
        <translation>
            <numerusform>%n invitation choisie</numerusform>
            <numerusform>%n invitations choisies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only invitations: {what}</source>
        <translation>Uniquement les invitations&#xa0;: {what}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Correct reply…</source>
        <translation>Corriger la réponse…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n invitation(s) recorded.</source>
        <translation>
            <numerusform>%n invitation enregistrée.</numerusform>
            <numerusform>%n invitations enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n addressee(s) had already been invited and were left as they are.</source>
        <translation>
            <numerusform>%n destinataire avait déjà été invité et est resté inchangé.</numerusform>
            <numerusform>%n destinataires avaient déjà été invités et sont restés inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n invitation(s) changed.</source>
        <translation>
            <numerusform>%n invitation modifiée.</numerusform>
            <numerusform>%n invitations modifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not changed:</source>
        <translation>
            <numerusform>%n non modifiée&#xa0;:</numerusform>
            <numerusform>%n non modifiées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Delete invitations</source>
        <translation>Supprimer des invitations</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n invitation(s)? Use this for invitations recorded by mistake; the deletion stays in the history.</source>
        <translation>
            <numerusform>Supprimer %n invitation&#xa0;? Utilisez cette fonction pour les invitations enregistrées par erreur&#xa0;; la suppression reste dans l’historique.</numerusform>
            <numerusform>Supprimer %n invitations&#xa0;? Utilisez cette fonction pour les invitations enregistrées par erreur&#xa0;; la suppression reste dans l’historique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n invitation(s) deleted.</source>
        <translation>
            <numerusform>%n invitation supprimée.</numerusform>
            <numerusform>%n invitations supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Circular {reference} deleted.</source>
        <translation>Circulaire {reference} supprimée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deletion undone.</source>
        <translation>Suppression annulée.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/invite_dialog.py" line="+225"/>
        <source>Invite</source>
        <extracomment>How many contacts a search lists at once; typing more narrows it.</extracomment>
        <translation>Inviter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>Voie d’envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No circular: the event itself</source>
        <translation>Sans lettre circulaire&#xa0;: l’événement lui-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States</source>
        <translation>États Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Member States</source>
        <translation>Tous les États Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Member States of these regions:</source>
        <translation>Les États Membres de ces régions&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States chosen one by one:</source>
        <translation>États Membres choisis un par un&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a Member State…</source>
        <translation>Rechercher un État Membre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a contact by name, organization…</source>
        <translation>Rechercher un contact par nom, organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record as sent on</source>
        <translation>Enregistrer comme envoyées le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: the invitations are recorded as drafts.</source>
        <translation>Case décochée&#xa0;: les invitations sont enregistrées comme brouillons.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, kept with each invitation</source>
        <translation>Facultatif, conservé avec chaque invitation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>already invited</source>
        <translation>déjà invité</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n new invitation(s)</source>
        <translation>
            <numerusform>%n nouvelle invitation</numerusform>
            <numerusform>%n nouvelles invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already invited, left as they are</source>
        <translation>
            <numerusform>%n déjà invité, inchangé</numerusform>
            <numerusform>%n déjà invités, inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) chosen</source>
        <translation>
            <numerusform>%n contact choisi</numerusform>
            <numerusform>%n contacts choisis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../liaison_app/ui/template_editor.py" line="+54"/>
        <source>Invitation</source>
        <extracomment>Milliseconds of quiet typing before the preview is rendered again.</extracomment>
        <translation>Invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking-slot confirmation</source>
        <translation>Confirmation du temps de parole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting-list notice</source>
        <translation>Avis d’inscription sur la liste d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership acknowledgement</source>
        <translation>Accusé de réception de partenariat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank-you letter</source>
        <translation>Lettre de remerciement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free letter</source>
        <translation>Lettre libre</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../liaison_app/ui/letters_page.py" line="+68"/>
        <source>Save the pack of letters</source>
        <extracomment>Settings key: the folder of the last pack, offered again next time.</extracomment>
        <translation>Enregistrer le lot de lettres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Event</source>
        <extracomment>A pack finished (its report), was cancelled (None) or failed: tests wait on it.</extracomment>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a pack</source>
        <translation>Générer un lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register of letters</source>
        <translation>Registre des lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of letter</source>
        <translation>Type de lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the letters</source>
        <translation>Langue des lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start each letter on a new sheet (two-sided printing)</source>
        <translation>Commencer chaque lettre sur une nouvelle feuille (impression recto verso)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an English courtesy copy after each letter in another language</source>
        <translation>Ajouter une copie de courtoisie en anglais après chaque lettre rédigée dans une autre langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save each letter as its own PDF</source>
        <translation>Enregistrer aussi chaque lettre dans un PDF distinct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate pack…</source>
        <translation>Générer le lot…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack appears here once generated.</source>
        <translation>Le lot s’affiche ici une fois généré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a letter to see it.</source>
        <translation>Sélectionnez une lettre pour l’afficher.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each recipient&apos;s language</source>
        <translation>Langue de chaque destinataire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Protocol order</source>
        <translation>Ordre protocolaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Member State name</source>
        <translation>Par nom d’État Membre</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no event in this database yet.</source>
        <translation>Aucun événement dans cette base de données pour l’instant.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No one is to receive a letter of this kind for this event.</source>
        <translation>Personne ne doit recevoir de lettre de ce type pour cet événement.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tick at least one recipient.</source>
        <translation>Cochez au moins un destinataire.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Composing the letters…</source>
        <translation>Rédaction des lettres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the files…</source>
        <translation>Écriture des fichiers…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Generating the pack of letters…</source>
        <translation>Génération du lot de lettres…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{letters} letters, {pages} pages: {path}</source>
        <translation>{letters} lettres, {pages} pages&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each letter is also in {folder}</source>
        <translation>Chaque lettre figure aussi dans {folder}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The pack could not be made; the details are in the log file.</source>
        <translation>Le lot n’a pas pu être produit&#xa0;; les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: no letter was written or registered.</source>
        <translation>Annulé&#xa0;: aucune lettre n’a été écrite ni enregistrée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file of this letter is not there any more.</source>
        <translation>Le fichier de cette lettre n’existe plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the file is the one registered (SHA-256 matches).</source>
        <translation>{path}&#xa0;: le fichier est bien celui qui a été enregistré (SHA-256 identique).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the file has changed since it was registered.</source>
        <translation>{path}&#xa0;: le fichier a été modifié depuis son enregistrement.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../liaison_app/ui/main_window.py" line="+167"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database file</source>
        <translation>Créer un fichier de base de données vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on another database file</source>
        <translation>Travailler sur un autre fichier de base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the database in a folder</source>
        <translation>Enregistrer une copie de la base de données dans un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the database with a backup; the current one is kept</source>
        <translation>Remplacer la base de données par une sauvegarde&#xa0;; l’actuelle est conservée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Liaison Desk</source>
        <translation>À &amp;propos de Liaison Desk</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Database: {name}</source>
        <translation>Base de données&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About Liaison Desk</source>
        <translation>À propos de Liaison Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Liaison Desk {version}&lt;/h3&gt;&lt;p&gt;Invitations to Member States, replies, delegations, speaking slots, partnership inquiries and packs of signed letters, for the liaison office of a conference secretariat.&lt;/p&gt;&lt;p&gt;Works offline; your data stay in the database file you choose.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison Desk {version}&lt;/h3&gt;&lt;p&gt;Invitations aux États Membres, réponses, délégations, temps de parole, demandes de partenariat et lots de lettres signées, pour le bureau de liaison d’un secrétariat de conférence.&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne&#xa0;; vos données restent dans le fichier de base de données de votre choix.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/mapping_page.py" line="+116"/>
        <source>Say which column holds what</source>
        <extracomment>Example values shown for each column.</extracomment>
        <translation>Indiquer le contenu de chaque colonne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the headers, in any of the six languages. Change any column; columns left out are not imported.</source>
        <translation>Suggestions tirées des en-têtes, dans l’une des six langues. Modifiez n’importe quelle colonne&#xa0;; les colonnes écartées ne sont pas importées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split a full name into form of address, given and family names (“H.E. Mr José PÉREZ”)</source>
        <translation>Scinder un nom complet en civilité, prénom et nom de famille («&#xa0;S. E. M. José PÉREZ&#xa0;»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved mappings:</source>
        <translation>Correspondances enregistrées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping as…</source>
        <translation>Enregistrer cette correspondance sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State of rows that name none:</source>
        <translation>État Membre des lignes qui n’en indiquent aucun&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: any name or ISO code</source>
        <translation>Facultatif&#xa0;: nom ou code ISO</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>(leave out)</source>
        <translation>(écarter)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the column that holds the names (Full name, or Given and Family name): a contact cannot be imported without one.</source>
        <translation>Choisissez la colonne qui contient les noms (Nom complet, ou Prénom et Nom de famille)&#xa0;: un contact ne peut pas être importé sans nom.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this mapping (to use it again for files with the same headers):</source>
        <translation>Nom de cette correspondance (pour la réutiliser avec des fichiers ayant les mêmes en-têtes)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MemberStateEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_state_editor.py" line="+143"/>
        <source>Member State: {name}</source>
        <translation>État Membre&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 3166 codes: {alpha2} · {alpha3}</source>
        <translation>Codes ISO 3166&#xa0;: {alpha2} · {alpha3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>Formal name</source>
        <translation>Nom officiel</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>(none)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Subregion</source>
        <translation>Sous-région</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Language of correspondence</source>
        <translation>Langue de correspondance</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Member of the organization</source>
        <translation>Membre de l’organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters go in this language when a contact has no language of their own.</source>
        <translation>Les lettres partent dans cette langue quand le contact n’a pas de langue propre.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Each language needs a short and a formal name; missing in: {languages}.</source>
        <translation>Chaque langue exige un nom court et un nom officiel&#xa0;; manquant en&#xa0;: {languages}.</translation>
    </message>
</context>
<context>
    <name>MemberStateField</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_state_field.py" line="+62"/>
        <source>“{text}” may be {names}: choose one.</source>
        <extracomment>How many completions the popup offers. The state now named (a MemberStateEntry), or None.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» peut désigner {names}&#xa0;: choisissez-en un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Member State is called “{text}”.</source>
        <translation>Aucun État Membre ne s’appelle «&#xa0;{text}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MemberStatesPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_states_page.py" line="+93"/>
        <source>ISO code</source>
        <extracomment>Every name and code, folded, for the search box.</extracomment>
        <translation>Code ISO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formal name</source>
        <translation>Nom officiel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of correspondence</source>
        <translation>Langue de correspondance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Search by name in any of the six languages, or ISO code</source>
        <translation>Rechercher par nom dans l’une des six langues, ou par code ISO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n Member State(s)</source>
        <translation>
            <numerusform>%n État Membre</numerusform>
            <numerusform>%n États Membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/move_dialog.py" line="+71"/>
        <source>Move a speaker</source>
        <translation>Déplacer un orateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where should %1 (%2) speak?</source>
        <translation>Où placer %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waitlist</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;lot</source>
        <translation>&amp;Créneau</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/organization_editor.py" line="+133"/>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: {name}</source>
        <translation>Organisation&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name as written *</source>
        <translation>Nom tel qu’il s’écrit *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Latin script</source>
        <translation>Nom en caractères latins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State</source>
        <translation>État Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a name in any of the six languages, or an ISO code</source>
        <translation>Saisissez un nom dans l’une des six langues, ou un code ISO</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too long: at most {limit} characters.</source>
        <translation>Trop long&#xa0;: {limit} caractères au maximum.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as {phone}</source>
        <translation>Enregistré sous la forme {phone}</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/organizations_page.py" line="+105"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Latin script</source>
        <translation>Nom en caractères latins</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member State</source>
        <translation>État Membre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Search by name, acronym, e-mail or Member State</source>
        <extracomment>Deletions that Undo can still put back, most recent last.</extracomment>
        <translation>Rechercher par nom, sigle, courriel ou État Membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New organization…</source>
        <translation>Nouvelle organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the deleted organization back (Ctrl+Z)</source>
        <translation>Rétablir l’organisation supprimée (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No organization yet. Add one with “New organization…”, or import a contact list: its ministries and missions are added with the people.</source>
        <translation>Aucune organisation pour l’instant. Ajoutez-en une avec «&#xa0;Nouvelle organisation…&#xa0;», ou importez une liste de contacts&#xa0;: ses ministères et missions sont ajoutés avec les personnes.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete the organization “{name}”?</source>
        <translation>Supprimer l’organisation «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) will keep their details but no longer belong to it.</source>
        <translation>
            <numerusform>%n contact conservera ses coordonnées mais n’y sera plus rattaché.</numerusform>
            <numerusform>%n contacts conserveront leurs coordonnées mais n’y seront plus rattachés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete organization</source>
        <translation>Supprimer l’organisation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” deleted.</source>
        <translation>Organisation «&#xa0;{name}&#xa0;» supprimée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{name}” restored.</source>
        <translation>Organisation «&#xa0;{name}&#xa0;» rétablie.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/package_editor.py" line="+159"/>
        <source>New package</source>
        <translation>Nouvelle formule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit package</source>
        <translation>Modifier la formule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier (1 highest):</source>
        <translation>Ni&amp;veau (1 = le plus élevé)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Places:</source>
        <translation>&amp;Places&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and benefits:</source>
        <translation>Nom et avantages&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limited to</source>
        <translation>Limitées à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example PLAT</source>
        <translation>Par exemple PLAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benefits:</source>
        <translation>&amp;Avantages&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PackageTableModel</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/packages_model.py" line="+66"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed</source>
        <translation>Engagées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still available</source>
        <translation>Encore disponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefits</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>No limit</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sold out</source>
        <translation>Épuisée</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/page.py" line="+356"/>
        <source>&amp;Event:</source>
        <extracomment>Stages asked for by a dashboard link that are neither one stage nor a group offered.</extracomment>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New inquiry</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a new inquiry (%1)</source>
        <translation>Enregistrer une nouvelle demande (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen inquiry (Enter)</source>
        <translation>Modifier la demande choisie (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the chosen inquiry (Delete); it can be undone</source>
        <translation>Supprimer la demande choisie (Suppr)&#xa0;; l’opération peut être annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New package</source>
        <translation>Nouvelle formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates…</source>
        <translation>Taux de change…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give exchange rates to see the whole pipeline in one currency</source>
        <translation>Indiquer des taux de change pour voir l’ensemble du portefeuille dans une seule devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no event in this database yet. Packages and inquiries belong to an event: create the event first (the demo database has the WSIS Forum 2022).</source>
        <translation>Aucun événement dans cette base de données pour l’instant. Les formules et les demandes se rattachent à un événement&#xa0;: créez d’abord l’événement (la base de démonstration contient le Forum du SMSI 2022).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translation>Formules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue follow-ups only</source>
        <translation>Relances en retard uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search organization, contact, package, notes</source>
        <translation>Rechercher organisation, contact, formule, notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit package</source>
        <translation>Modifier la formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete package</source>
        <translation>Supprimer la formule</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open: not yet committed</source>
        <translation>En cours&#xa0;: pas encore d’engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed, signed or paid</source>
        <translation>Engagement pris, accord signé ou payé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All packages</source>
        <translation>Toutes les formules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No package</source>
        <translation>Sans formule</translation>
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
            <numerusform>%1 sur %n demande</numerusform>
            <numerusform>%1 sur %n demandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing yet</source>
        <translation>rien pour l’instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Prospects:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Potentiel&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Committed or paid:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Engagé ou payé&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;All in %1 at your rates:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Total en %1 à vos taux&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n relance en retard</numerusform>
            <numerusform>%n relances en retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete the inquiry</source>
        <translation>Supprimer la demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the inquiry from {organization}? You can undo this right after.</source>
        <translation>Supprimer la demande de {organization}&#xa0;? Vous pourrez annuler cette opération juste après.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The inquiry from {organization} was deleted.</source>
        <translation>La demande de {organization} a été supprimée.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (asks first)</source>
        <translation>%1 (avec confirmation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete the package</source>
        <translation>Supprimer la formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the package {package}?</source>
        <translation>Supprimer la formule {package}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../liaison_app/ui/pdf_preview.py" line="+111"/>
        <source>This PDF cannot be shown.</source>
        <extracomment>Resolution of the page images sent to the printer. The document loaded and is being painted (page count known).</extracomment>
        <translation>Ce PDF ne peut pas être affiché.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No printer is installed on this computer. Save the PDF and print it from a computer with a printer, or install one and try again.</source>
        <translation>Aucune imprimante n’est installée sur cet ordinateur. Enregistrez le PDF et imprimez-le depuis un ordinateur équipé d’une imprimante, ou installez-en une et réessayez.</translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/chart.py" line="+60"/>
        <source>Pipeline value by stage: one bar per currency, never added up</source>
        <translation>Valeur du portefeuille par étape&#xa0;: une barre par devise, sans addition entre devises</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All currencies in %1, at your rates</source>
        <translation>Toutes devises en %1, à vos taux</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No amounts yet: the chart fills as inquiries get amounts.</source>
        <translation>Aucun montant pour l’instant&#xa0;: le graphique se remplit à mesure que les demandes reçoivent un montant.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../liaison_app/ui/pages/placeholder.py" line="+80"/>
        <source>{section}: this part of Liaison Desk is not available yet. It will arrive in a later version.</source>
        <translation>{section}&#xa0;: cette partie de Liaison Desk n’est pas encore disponible. Elle arrivera dans une prochaine version.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/small_dialogs.py" line="+77"/>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amounts in different currencies are never added together on their own. Give today&apos;s rates to see the whole pipeline in one currency; they are used for this view only.</source>
        <translation>Les montants en devises différentes ne sont jamais additionnés tels quels. Indiquez les taux du jour pour voir l’ensemble du portefeuille dans une seule devise&#xa0;; ils ne servent qu’à cet affichage.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show in:</source>
        <translation>&amp;Afficher en&#xa0;:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>1 %1 = … %2</source>
        <translation>1 %1 = … %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the currency to show the pipeline in.</source>
        <translation>Choisissez la devise dans laquelle afficher le portefeuille.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/reason_dialog.py" line="+34"/>
        <source>For example: the Minister arrives in Geneva on 1 June (e-mail of 20 April).</source>
        <translation>Par exemple&#xa0;: le Ministre arrive à Genève le 1er juin (courriel du 20 avril).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reason is kept with the change and shown when someone asks why.</source>
        <translation>Le motif est conservé avec la modification et communiqué à quiconque en demande la raison.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../liaison_app/ui/letters_page.py" line="-469"/>
        <source>Generated</source>
        <translation>Générée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/small_dialogs.py" line="-115"/>
        <source>Reopen the inquiry</source>
        <translation>Rouvrir la demande</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example: the payment was returned</source>
        <translation>Par exemple&#xa0;: le paiement a été retourné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{organization} will be worked on again from the stage you choose.</source>
        <translation>Le suivi de {organization} reprendra à partir de l’étape choisie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to &amp;stage:</source>
        <translation>Revenir à l’é&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/reply_dialog.py" line="+251"/>
        <source>Log a reply</source>
        <extracomment>A first reply to an invitation. The same reply arrived again (letter after the online form): merged into the one reply. Correcting the reply as a whole. A reply from a Member State chosen in the dialog, invited or not. What the save did (ReplyLogged), once accepted.</extracomment>
        <translation>Consigner une réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a second source of the reply</source>
        <translation>Ajouter une deuxième source de la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the reply</source>
        <translation>Corriger la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a reply from a Member State</source>
        <translation>Consigner la réponse d’un État Membre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member State</source>
        <translation>État Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>Voie de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>Niveau de représentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their reference</source>
        <translation>Référence de l’expéditeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note verbale number, form entry…</source>
        <translation>Numéro de la note verbale, entrée du formulaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the Member State</source>
        <translation>Saisissez le nom pour trouver l’État Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>Pouvoirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed by</source>
        <translation>Signés par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dated</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply to {reference}</source>
        <translation>Réponse à {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{addressee} — invitation sent on {date}</source>
        <translation>{addressee} — invitation envoyée le {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This source is merged into the reply already logged: the latest word decides, the strongest credentials are kept.</source>
        <translation>Cette source est fusionnée avec la réponse déjà consignée&#xa0;: la communication la plus récente l’emporte et les pouvoirs les plus probants sont conservés.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Arrived as: {sources}</source>
        <translation>Reçue sous forme de&#xa0;: {sources}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Attach files to the reply</source>
        <translation>Joindre des fichiers à la réponse</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose the Member State the reply comes from.</source>
        <translation>Choisissez l’État Membre dont émane la réponse.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not invited</source>
        <translation>Non invité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} was not invited by {reference}. Record the invitation (as sent with the circular) and log this reply?</source>
        <translation>{state} ne figure pas parmi les invités au titre de {reference}. Enregistrer l’invitation (comme envoyée avec la lettre circulaire) et consigner cette réponse&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this event</source>
        <translation>cet événement</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/request_editor.py" line="+170"/>
        <source>Speaking request</source>
        <translation>Demande de prise de parole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the &amp;reply of</source>
        <translation>Issue de la &amp;réponse de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none: entered by hand)</source>
        <translation>(aucune&#xa0;: saisie manuelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speaker</source>
        <translation>&amp;Orateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title or position</source>
        <translation>&amp;Titre ou fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level of representation</source>
        <translation>&amp;Niveau de représentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participation</source>
        <translation>&amp;Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on</source>
        <translation>Date de ré&amp;ception</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the request reached the Secretariat, to the minute: within a level, the first received speaks first.</source>
        <translation>Moment où la demande est parvenue au Secrétariat, à la minute près&#xa0;: à niveau égal, la première reçue passe en premier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Channel</source>
        <translation>&amp;Voie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;1st preference</source>
        <translation>&amp;1re préférence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2nd preference</source>
        <translation>&amp;2e préférence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3rd preference</source>
        <translation>&amp;3e préférence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes</source>
        <translation>Note&amp;s</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <location filename="../liaison_app/ui/speaking/requests_model.py" line="+159"/>
        <source>Status</source>
        <extracomment>Any of these statuses (a dashboard link may name several); empty means any status.</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waitlist %1</source>
        <translation>liste d’attente %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Placed by hand: %1</source>
        <translation>Placé manuellement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/run_page.py" line="+61"/>
        <source>Importing</source>
        <extracomment>Called once when a running import ends, however it ends (the wizard closes then).</extracomment>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is written in one go: if you cancel, nothing is added or changed.</source>
        <translation>Tout est écrit en une seule fois&#xa0;: si vous annulez, rien n’est ajouté ni modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the summary</source>
        <translation>Voir le récapitulatif</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing the rows of {name}…</source>
        <translation>Importation des lignes de {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing contacts…</source>
        <translation>Importation des contacts…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing: {done} of {total} contacts written…</source>
        <translation>Importation&#xa0;: {done} contacts écrits sur {total}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The import was cancelled: nothing was added or changed.</source>
        <translation>L’importation a été annulée&#xa0;: rien n’a été ajouté ni modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import failed and nothing was changed. The details were saved in the log.</source>
        <translation>L’importation a échoué et rien n’a été modifié. Les détails ont été enregistrés dans le journal.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../liaison_app/ui/sections.py" line="+56"/>
        <source>Dashboard</source>
        <extracomment>Name of the SVG in ui/icons/ (without .svg). Sidebar order; Ctrl+1 … Ctrl+7 follow it.</extracomment>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations &amp; replies</source>
        <translation>Invitations et réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking slots</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp; export</source>
        <translation>Importation et exportation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It will show, for each event, how many invitations were sent, how many replies came back, who is still to answer and which deadlines are near.</source>
        <translation>Elle indiquera, pour chaque événement, combien d’invitations ont été envoyées, combien de réponses sont arrivées, qui doit encore répondre et quelles échéances approchent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will list ministries, permanent missions and their people, with forms of address, positions and preferred languages, and let you search and edit them.</source>
        <translation>Elle listera les ministères, les missions permanentes et leurs membres, avec civilités, fonctions et langues préférées, et permettra de les rechercher et de les modifier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will follow each circular to the Member States: when it was sent, by which channel, and the reply that came back with its delegation.</source>
        <translation>Elle suivra chaque lettre circulaire adressée aux États Membres&#xa0;: date et voie d’envoi, réponse reçue et délégation annoncée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will take speaking requests and allocate the slots of each session in protocol order, in person before remote.</source>
        <translation>Elle recevra les demandes de prise de parole et attribuera le temps de parole de chaque séance selon l’ordre protocolaire, la participation en personne avant la participation à distance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will follow partnership inquiries from first contact to signed agreement and payment, with amounts and follow-up dates.</source>
        <translation>Elle suivra les demandes de partenariat, du premier contact à l’accord signé et au paiement, avec les montants et les dates de relance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will generate letters in the recipient&apos;s language from templates and print packs of signed letters, each one registered.</source>
        <translation>Elle produira, à partir de modèles, des lettres dans la langue du destinataire et imprimera des lots de lettres signées, chacune enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will import contact lists from Excel or CSV files and export lists and event reports to Excel workbooks.</source>
        <translation>Elle importera des listes de contacts depuis des fichiers Excel ou CSV et exportera des listes et des rapports d’événement vers des classeurs Excel.</translation>
    </message>
</context>
<context>
    <name>SessionLane</name>
    <message>
        <location filename="../liaison_app/ui/speaking/scheduler.py" line="+334"/>
        <source>Waitlist</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In order: the first moves up when a slot frees.</source>
        <translation>Dans l’ordre&#xa0;: le premier remonte dès qu’un créneau se libère.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting.</source>
        <translation>Personne n’est en attente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>in person only</source>
        <translation>en personne uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remote only</source>
        <translation>à distance uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>takes no speakers</source>
        <translation>sans orateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speaker yet: drop one here.</source>
        <translation>Aucun orateur pour l’instant&#xa0;: déposez-en un ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 speakers for %2 slots of %3 minutes</source>
        <translation>%1 orateurs pour %2 créneaux de %3 minutes</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/source_page.py" line="+99"/>
        <source>Check how the file is read</source>
        <translation>Vérifier la lecture du fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preview changes as you choose. The header row is in bold; grey rows are titles or totals and are not imported.</source>
        <translation>L’aperçu change selon vos choix. La ligne d’en-tête est en gras&#xa0;; les lignes grises sont des titres ou des totaux et ne sont pas importées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the selected row as the header</source>
        <translation>Utiliser la ligne sélectionnée comme en-tête</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+18"/>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Detected: {encoding}</source>
        <translation>Détecté&#xa0;: {encoding}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comma  ,</source>
        <translation>Virgule  ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon  ;</source>
        <translation>Point-virgule  ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar  |</source>
        <translation>Barre verticale  |</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This file could not be read. The details were saved in the log.</source>
        <translation>Ce fichier n’a pas pu être lu. Les détails ont été enregistrés dans le journal.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{rows} rows below the header, {columns} columns.</source>
        <translation>{rows} lignes sous l’en-tête, {columns} colonnes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header is row {number}.</source>
        <translation>L’en-tête est la ligne {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out as totals or notes: rows {numbers}.</source>
        <translation>Écartées comme totaux ou notes&#xa0;: lignes {numbers}.</translation>
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
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed by hand</source>
        <translation>Placé manuellement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received late</source>
        <translation>Reçue en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Placed by hand: %1</source>
        <translation>Placé manuellement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SpeakingPage</name>
    <message>
        <location filename="../liaison_app/ui/speaking/page.py" line="+305"/>
        <source>&amp;Event:</source>
        <extracomment>Replaceable in tests: asks the officer why (None when cancelled).</extracomment>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Allocate all</source>
        <translation>Tout &amp;attribuer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give every open request a slot by protocol order: level, then in person before remote, then time of receipt. Placements made by hand and confirmed slots are kept.</source>
        <translation>Attribuer un créneau à chaque demande ouverte selon l’ordre protocolaire&#xa0;: niveau, puis en personne avant à distance, puis heure de réception. Les placements manuels et les créneaux confirmés sont conservés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import form export…</source>
        <translation>&amp;Importer le fichier exporté du formulaire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the requests of the online form&apos;s spreadsheet export (Excel or CSV)</source>
        <translation>Ajouter les demandes figurant dans la feuille de calcul exportée du formulaire en ligne (Excel ou CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why here?</source>
        <translation>&amp;Pourquoi ici&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the selected speaker sits where they sit (Ctrl+I)</source>
        <translation>Pourquoi l’orateur sélectionné occupe cette place (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm slot</source>
        <translation>&amp;Confirmer le créneau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delegation was told its slot: the speaker keeps the session from now on.</source>
        <translation>La délégation a été informée de son créneau&#xa0;: l’orateur conserve désormais sa séance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the &amp;rules place it…</source>
        <translation>Laisser les &amp;règles le placer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo a placement made by hand: the rules place the speaker again.</source>
        <translation>Annuler un placement manuel&#xa0;: les règles replacent l’orateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List in:</source>
        <translation>&amp;Liste en&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print or save…</source>
        <translation>&amp;Imprimer ou enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list of speakers as PDF…</source>
        <translation>Enregistrer la liste des orateurs en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the moderator&apos;s run sheet as PDF…</source>
        <translation>Enregistrer le déroulé du modérateur en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the list of speakers…</source>
        <translation>Imprimer la liste des orateurs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the moderator&apos;s run sheet…</source>
        <translation>Imprimer le déroulé du modérateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduler</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search country, speaker, session…</source>
        <translation>Rechercher pays, orateur, séance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts only</source>
        <translation>Conflits uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+211"/>
        <source>Why here?</source>
        <translation>Pourquoi ici&#xa0;?</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Select a speaker to see why they sit where they sit.</source>
        <translation>Sélectionnez un orateur pour voir pourquoi il occupe cette place.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>There is no event in this database yet.</source>
        <translation>Aucun événement dans cette base de données pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n speaker(s) scheduled</source>
        <translation>
            <numerusform>%n orateur programmé</numerusform>
            <numerusform>%n orateurs programmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not allocated yet</source>
        <translation>
            <numerusform>%n non encore placée</numerusform>
            <numerusform>%n non encore placées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n with a conflict</source>
        <translation>
            <numerusform>%n en conflit</numerusform>
            <numerusform>%n en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+14"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
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
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm slot</source>
        <translation>Confirmer le créneau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the rules place it…</source>
        <translation>Laisser les règles le placer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Allocating speaking slots…</source>
        <translation>Attribution des créneaux…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Allocated by protocol order: %1 scheduled, %2 waiting, %3 declined; %4 changed.</source>
        <translation>Attribution selon l’ordre protocolaire — programmées&#xa0;: %1, en attente&#xa0;: %2, refusées&#xa0;: %3&#xa0;; modifiées&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the waitlist, place %1</source>
        <translation>la liste d’attente, rang %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, slot %2</source>
        <translation>%1, créneau %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move %1 (%2) to %3. Why? The reason is kept and shown to anyone who asks.</source>
        <translation>Déplacer %1 (%2) vers %3. Pour quel motif&#xa0;? Le motif est conservé et communiqué à quiconque le demande.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not moved: a move by hand needs a reason.</source>
        <translation>Non déplacé&#xa0;: un déplacement manuel exige un motif.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 moved to %2.</source>
        <translation>%1&#xa0;: déplacement vers %2 effectué.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Moved up from the waitlist: %1.</source>
        <translation>Sortie de la liste d’attente&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s request is withdrawn. Why? (For example: note verbale of 20 April.)</source>
        <translation>La demande de %1 est retirée. Pour quel motif&#xa0;? (Par exemple&#xa0;: note verbale du 20 avril.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request was withdrawn.</source>
        <translation>La demande de %1 a été retirée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decline %1&apos;s request. Why?</source>
        <translation>Refuser la demande de %1. Pour quel motif&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request was declined.</source>
        <translation>La demande de %1 a été refusée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen %1&apos;s request. Why?</source>
        <translation>Rouvrir la demande de %1. Pour quel motif&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request is open again; &quot;Allocate all&quot; will place it.</source>
        <translation>La demande de %1 est de nouveau ouverte&#xa0;; «&#xa0;Tout attribuer&#xa0;» la placera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let the rules place %1 again. Why?</source>
        <translation>Laisser les règles replacer %1. Pour quel motif&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules placed %1 again.</source>
        <translation>Les règles ont replacé %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1&apos;s slot is confirmed.</source>
        <translation>Le créneau de %1 est confirmé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Request added; &quot;Allocate all&quot; will give it a slot.</source>
        <translation>Demande ajoutée&#xa0;; «&#xa0;Tout attribuer&#xa0;» lui attribuera un créneau.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+37"/>
        <location line="+6"/>
        <source>Import speaking requests</source>
        <translation>Importer des demandes de prise de parole</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt)</source>
        <translation>Feuilles de calcul (*.xlsx *.xlsm *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the form export…</source>
        <translation>Lecture du fichier exporté du formulaire…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 request(s) to add, %2 already on the list, %3 row(s) left out.</source>
        <translation>Demandes à ajouter&#xa0;: %1&#xa0;; déjà sur la liste&#xa0;: %2&#xa0;; lignes écartées&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add them now?</source>
        <translation>Les ajouter maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 request(s) imported; &quot;Allocate all&quot; will give them a slot.</source>
        <translation>Demandes importées&#xa0;: %1&#xa0;; «&#xa0;Tout attribuer&#xa0;» leur attribuera un créneau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run sheet</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of speakers</source>
        <translation>Liste des orateurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing the PDF…</source>
        <translation>Préparation du PDF…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No printer is set up on this computer. Save the list as PDF and print it from a computer that has one.</source>
        <translation>Aucune imprimante n’est configurée sur cet ordinateur. Enregistrez la liste en PDF et imprimez-la depuis un ordinateur qui en possède une.</translation>
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
        <translation>Ce déplacement n’est pas possible</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Confirm the move</source>
        <translation>Confirmer le déplacement</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The amount is missing</source>
        <translation>Le montant manque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{organization} has no amount yet, and no package to take one from. Edit the inquiry to enter the amount and currency before marking it {stage}.</source>
        <translation>{organization} n’a pas encore de montant, ni de formule dont le reprendre. Modifiez la demande pour indiquer le montant et la devise avant de la faire passer à l’étape «&#xa0;{stage}&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The package is sold out</source>
        <translation>La formule est épuisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All {quantity} places of the package are already held by committed partners, so {organization} cannot be marked {stage}. Raise the package&apos;s number of places, or choose another package for this inquiry.</source>
        <translation>Les {quantity} places de la formule sont déjà occupées par des partenaires engagés&#xa0;; {organization} ne peut donc pas passer à l’étape «&#xa0;{stage}&#xa0;». Augmentez le nombre de places de la formule, ou choisissez une autre formule pour cette demande.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{organization} is {stage}: that closes the inquiry, so it cannot be moved to {target}. If it must be worked on again, choose “Reopen…” in its menu.</source>
        <translation>{organization} est à l’étape «&#xa0;{stage}&#xa0;», qui clôt la demande&#xa0;: elle ne peut donc pas passer à l’étape «&#xa0;{target}&#xa0;». Si elle doit être reprise, choisissez «&#xa0;Rouvrir…&#xa0;» dans son menu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move {organization} back from {stage} to {target}?</source>
        <translation>Ramener {organization} de l’étape «&#xa0;{stage}&#xa0;» à l’étape «&#xa0;{target}&#xa0;»&#xa0;?</translation>
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
        <translation>Faire passer {organization} directement de l’étape «&#xa0;{stage}&#xa0;» à l’étape «&#xa0;{target}&#xa0;»&#xa0;?

Étapes sautées&#xa0;: {skipped}.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../liaison_app/ui/app.py" line="+62"/>
        <source>Open another database…</source>
        <extracomment>Exit code when no database could be opened and the user chose to quit (the CLI&apos;s &quot;refused&quot;).</extracomment>
        <translation>Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New database…</source>
        <translation>Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/status_dialog.py" line="+77"/>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set the status of %n invitation(s):</source>
        <translation>
            <numerusform>Définir le statut de %n invitation&#xa0;:</numerusform>
            <numerusform>Définir le statut de %n invitations&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>Voie d’envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional, kept in the history</source>
        <translation>Facultatif, conservé dans l’historique</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to draft: the date of sending is forgotten (the letter never went out).</source>
        <translation>Retour au brouillon&#xa0;: la date d’envoi est effacée (la lettre n’est jamais partie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drafts are marked sent on this date, by this channel if they had none.</source>
        <translation>Les brouillons sont marqués comme envoyés à cette date, par cette voie s’ils n’en avaient aucune.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The addressee confirmed receiving the letter on this date.</source>
        <translation>Le destinataire a confirmé la réception de la lettre à cette date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only after the reply deadline; the application also does it by itself.</source>
        <translation>Uniquement après la date limite de réponse&#xa0;; l’application le fait aussi d’elle-même.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitations with a reply keep the reply&apos;s decision: change the reply instead.</source>
        <translation>Les invitations ayant une réponse conservent la décision de celle-ci&#xa0;: modifiez plutôt la réponse.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/summary_page.py" line="+62"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Excel workbook of every row left out, with its reasons.</source>
        <translation>Un classeur Excel de toutes les lignes écartées, avec leurs motifs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Undo this import</source>
        <translation>Annuler cette importation</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Remove the contacts it added and put back what it changed. Also possible later, from the Import &amp; export section.</source>
        <translation>Supprimer les contacts ajoutés et rétablir ce qui a été modifié. Également possible plus tard, depuis la section Importation et exportation.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{read} rows read from {name}.</source>
        <translation>{read} lignes lues dans {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added: {count}</source>
        <translation>Ajoutés&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: {count}</source>
        <translation>Mis à jour&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged: {count}</source>
        <translation>Fusionnés&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped as duplicates or left out: {count}</source>
        <translation>Ignorés comme doublons ou écartés&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out with problems: {count}</source>
        <translation>Écartés pour problème&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New organizations: {count}</source>
        <translation>Nouvelles organisations&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals and notes under the list, not taken as people: {count}</source>
        <translation>Totaux et notes sous la liste, non pris pour des personnes&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No row was left out.</source>
        <translation>Aucune ligne n’a été écartée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{stem} - rows left out.xlsx</source>
        <translation>{stem} - lignes écartées.xlsx</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report saved: {path}</source>
        <translation>Rapport enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove the {added} contacts this import added and put back the fields it changed?</source>
        <translation>Supprimer les {added} contacts ajoutés par cette importation et rétablir les champs qu’elle a modifiés&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was undone: {removed} contacts removed, {reverted} fields put back.</source>
        <translation>L’importation a été annulée&#xa0;: {removed} contacts supprimés, {reverted} champs rétablis.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../liaison_app/ui/template_editor.py" line="+141"/>
        <source>Kind of letter</source>
        <extracomment>A template was saved (kind, language). A preview finished rendering (also after an error): tests wait on it.</extracomment>
        <translation>Type de lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview for</source>
        <translation>Aperçu pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text (a blank line between paragraphs; {{ field }} merges a value)</source>
        <translation>Texte (une ligne vide entre les paragraphes&#xa0;; {{ field }} insère une valeur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge fields (double-click to insert)</source>
        <translation>Champs de fusion (double-cliquez pour insérer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the default text</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preview appears here.</source>
        <translation>L’aperçu s’affiche ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved template</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text you changed is not saved. Discard the changes?</source>
        <translation>Le texte modifié n’est pas enregistré. Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Saved (version {version}).</source>
        <translation>Enregistré (version {version}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No one is to receive a letter of this kind for this event yet.</source>
        <translation>Personne ne doit encore recevoir de lettre de ce type pour cet événement.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The preview could not be made; see the log file.</source>
        <translation>L’aperçu n’a pas pu être produit&#xa0;; consultez le fichier journal.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../liaison_app/ui/undo_bar.py" line="+43"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/validation_page.py" line="+78"/>
        <source>Check the rows</source>
        <extracomment>Background of a cell whose value is refused: a pale red readable under dark text. Rows listed at most (the rest are counted and go to the report).</extracomment>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with a problem are listed with the reason by each cell in red. Correct a cell here, or leave the row out: it will be listed in the report.</source>
        <translation>Les lignes comportant un problème sont listées avec le motif à côté de chaque cellule en rouge. Corrigez une cellule ici, ou écartez la ligne&#xa0;: elle figurera dans le rapport.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a cell to correct it; the row is checked again at once.</source>
        <translation>Double-cliquez sur une cellule pour la corriger&#xa0;; la ligne est aussitôt revérifiée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking {count} rows…</source>
        <translation>Vérification de {count} lignes…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rows could not be checked. The details were saved in the log.</source>
        <translation>Les lignes n’ont pas pu être vérifiées. Les détails ont été enregistrés dans le journal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave out</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Corrected: will be imported</source>
        <translation>Corrigée&#xa0;: sera importée</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{total} rows read: {ready} ready to import.</source>
        <translation>{total} lignes lues&#xa0;: {ready} prêtes à importer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{bad} with problems: left out unless corrected below.</source>
        <translation>{bad} avec des problèmes&#xa0;: écartées sauf correction ci-dessous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} left out by you.</source>
        <translation>{count} écartées par vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first {count} are listed; the report lists them all.</source>
        <translation>Les {count} premières sont listées&#xa0;; le rapport les liste toutes.</translation>
    </message>
</context>
</TS>
