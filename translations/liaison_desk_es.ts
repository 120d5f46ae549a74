<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CircularDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/circular_dialog.py" line="+142"/>
        <source>Circular</source>
        <extracomment>The saved circular&apos;s id, once accepted.</extracomment>
        <translation>Carta circular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>Plazo de respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressed to</source>
        <translation>Dirigida a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies due by</source>
        <translation>Respuestas a más tardar el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Member States</source>
        <translation>Todos los Estados Miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected Member States</source>
        <translation>Estados Miembros seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen contacts</source>
        <translation>Contactos elegidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language versions</source>
        <translation>Versiones lingüísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressees, as printed</source>
        <translation>Destinatarios, tal como se imprimen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: the next number of the year. Leave it, or type another.</source>
        <translation>Sugerencia: el número siguiente del año. Consérvelo o escriba otro.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contact_editor.py" line="+236"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact: {name}</source>
        <translation>Contacto: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach them</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form of address, gender</source>
        <translation>Tratamiento, género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as written *</source>
        <translation>Nombre tal como se escribe *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name, family name</source>
        <translation>Nombre de pila, apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Latin script</source>
        <translation>Nombre en alfabeto latino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>Nivel de representación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other e-mail</source>
        <translation>Otro correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the person writes it, in any script</source>
        <translation>Como lo escribe la persona, en cualquier alfabeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For envelopes and sorting</source>
        <translation>Para los sobres y la ordenación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name in any of the six languages, or an ISO code</source>
        <translation>Escriba un nombre en cualquiera de los seis idiomas o un código ISO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one, or type the name of a new one</source>
        <translation>Elija una o escriba el nombre de una nueva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+41 22 730 51 11, or national with a Member State</source>
        <translation>+41 22 730 51 11, o formato nacional si se indica el Estado Miembro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only to replace the salutation made from the form of address</source>
        <translation>Solo para sustituir el saludo generado a partir del tratamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used for grammatical agreement in letters</source>
        <translation>Se usa para la concordancia gramatical en las cartas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no form of address)</source>
        <translation>(sin tratamiento)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not known)</source>
        <translation>(no se sabe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the Member State&apos;s language)</source>
        <translation>(el idioma del Estado Miembro)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Add the name in Latin script for envelopes and sorting.</source>
        <translation>Añada el nombre en alfabeto latino para los sobres y la ordenación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved as {phone}</source>
        <translation>Se guardará como {phone}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Letters will be in {language}.</source>
        <translation>Las cartas se redactarán en {language}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new organization “{name}” will be added.</source>
        <translation>Se añadirá una nueva organización: «{name}».</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_model.py" line="+103"/>
        <source>Name</source>
        <extracomment>Rows read per query: a few screens, so scrolling reads rarely and each read stays short. Pages kept; older ones are read again if the view comes back to them. A full first page is counted once a view has painted it, or after this wait. After this pause with no new question, the whole ordered list of matching contacts is read in the background, so that a first jump deep into the list does not wait for it. The columns of the issue, in order; titles are read on each call so they follow the language.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Latin script</source>
        <translation>Nombre en alfabeto latino</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form of address</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Searching contacts…</source>
        <extracomment>Columns laid out left to right in every interface language. The roles the model answers; the view asks for more (font, alignment, check state…). The `ContactRow` of a row. The contact&apos;s id. The rows of the newest query are shown (after the reset, and after `refresh`). The number of rows shown is final: at once with `answered`, or when the count arrives. Rows read for the first page and for the windows shown since, by page number. Every matching contact in order, read the first time the view goes past page 0. Each question gets a number; only the answer to the newest is shown. The page shown is full and the number of matches is being counted in the background. The count of a full first page starts once the page is painted (or on this timer). The texts of each row shown, by row number, made when first painted. How many queries were run (count, pages, key lists): for tests and the benchmark.</extracomment>
        <translation>Buscando contactos…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counting contacts…</source>
        <translation>Contando los contactos…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Listing contacts…</source>
        <translation>Obteniendo la lista de contactos…</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>No language of their own: letters follow {state}.</source>
        <translation>Sin idioma propio: las cartas siguen el idioma de {state}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile: {phone}</source>
        <translation>Móvil: {phone}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_page.py" line="+222"/>
        <source>Search names, positions, organizations, e-mails, phones — any script (Ctrl+F)</source>
        <extracomment>Starting widths of the columns (pixels), until the officer&apos;s own are remembered. The module of the shared export action (issue 6), used when it is installed. The dialog behind &quot;Add to invitation list&quot;; it comes with the invitations service (issue 4). Deletions that Undo can still put back, most recent last.</extracomment>
        <translation>Buscar nombres, cargos, organizaciones, correos electrónicos, teléfonos, en cualquier alfabeto (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contact…</source>
        <translation>Nuevo contacto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Añadir un contacto (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to invitation list…</source>
        <translation>Añadir a la lista de invitados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export selection…</source>
        <translation>Exportar selección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the deleted contacts back (Ctrl+Z)</source>
        <translation>Recuperar los contactos eliminados (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All Member States</source>
        <translation>Todos los Estados Miembros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All organization types</source>
        <translation>Todos los tipos de organización</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region of the Member State</source>
        <translation>Región del Estado Miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>Nivel de representación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of letters: the contact&apos;s own, else their Member State&apos;s</source>
        <translation>Idioma de las cartas: el del contacto o, en su defecto, el de su Estado Miembro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of organization</source>
        <translation>Tipo de organización</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contacts yet.

Add one with “New contact…” (Ctrl+N), or import a spreadsheet of contacts from the Import &amp; export section.</source>
        <translation>Todavía no hay contactos.

Añada uno con «Nuevo contacto…» (Ctrl+N) o importe una hoja de cálculo de contactos desde la sección Importación y exportación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact matches “{search}” with these filters.</source>
        <translation>Ningún contacto coincide con «{search}» con estos filtros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact matches these filters.</source>
        <translation>Ningún contacto coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create invitations for the selected contacts to an event.</source>
        <translation>Crear invitaciones a un evento para los contactos seleccionados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding contacts to an invitation list arrives with the invitations feature in a later version.</source>
        <translation>La posibilidad de añadir contactos a una lista de invitados llegará con la función de invitaciones en una versión posterior.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the selected contacts to an Excel workbook.</source>
        <translation>Guardar los contactos seleccionados en un libro de Excel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting contacts from the window arrives in a later version.</source>
        <translation>La exportación de contactos desde la ventana llegará en una versión posterior.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Delete the contact “{name}”?</source>
        <translation>¿Eliminar el contacto «{name}»?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete the %n selected contact(s)?</source>
        <translation>
            <numerusform>¿Eliminar el contacto seleccionado?</numerusform>
            <numerusform>¿Eliminar los %n contactos seleccionados?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this with Ctrl+Z or the Undo button.</source>
        <translation>Puede deshacerlo con Ctrl+Z o con el botón Deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>Se eliminó %n contacto.</numerusform>
            <numerusform>Se eliminaron %n contactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>Se recuperó %n contacto.</numerusform>
            <numerusform>Se recuperaron %n contactos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../liaison_app/ui/contacts/contacts_section.py" line="+36"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States</source>
        <translation>Estados Miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../liaison_app/ui/dashboard/page.py" line="+266"/>
        <source>&amp;Event:</source>
        <extracomment>A figure was clicked: (section key, filter) of the list behind it. Replaceable in tests, so days left do not depend on when the tests run. Loaded when first shown or activated, once (see InvitationsPage.loaded).</extracomment>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export event report…</source>
        <translation>Exportar informe del evento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save where this event stands, with its invitations, replies, speakers and partnerships, as an Excel workbook</source>
        <translation>Guardar la situación de este evento, con sus invitaciones, respuestas, oradores y alianzas, como libro de Excel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No event in this database yet. Create one in Invitations &amp; replies (New event…), or open the demo database.</source>
        <translation>Todavía no hay ningún evento en esta base de datos. Cree uno en Invitaciones y respuestas (Nuevo evento…) o abra la base de datos de demostración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership pipeline (each currency on its own)</source>
        <translation>Cartera de alianzas (cada moneda por separado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still open</source>
        <translation>Aún abierto</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>invitations</source>
        <translation>invitaciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>replies ({share} % of invitations)</source>
        <translation>respuestas ({share} % de las invitaciones)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>still awaiting a reply</source>
        <translation>aún a la espera de respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overdue: deadline passed</source>
        <translation>vencidas: plazo expirado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delegates announced, {in_person} in person</source>
        <translation>delegados anunciados, {in_person} presenciales</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>requests to speak</source>
        <translation>solicitudes de intervención</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>partners committed, {open} open</source>
        <translation>asociados comprometidos, {open} en curso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invitations by status</source>
        <translation>Invitaciones por estado</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Replies by decision</source>
        <translation>Respuestas por decisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>No reply yet</source>
        <translation>Todavía no hay respuestas</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Replies received per day</source>
        <translation>Respuestas recibidas por día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies that day</source>
        <translation>Respuestas ese día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies in total</source>
        <translation>Total de respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline {date}</source>
        <translation>Plazo: {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replies by region</source>
        <translation>Respuestas por región</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replies by level of representation</source>
        <translation>Respuestas por nivel de representación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requests to speak by status</source>
        <translation>Solicitudes de intervención por estado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Replies to {reference}</source>
        <translation>Respuestas a {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies to the invitation</source>
        <translation>Respuestas a la invitación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests to speak</source>
        <translation>Solicitudes de intervención</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../liaison_app/ui/database_commands.py" line="+33"/>
        <source>Liaison Desk database (*.sqlite3 *.db)</source>
        <translation>Base de datos de Liaison Desk (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} already exists. To use it, choose File ▸ Open database…</source>
        <translation>{path} ya existe. Para usarlo, elija Archivo ▸ Abrir base de datos…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Creating the database…</source>
        <translation>Creando la base de datos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database was upgraded to this version of Liaison Desk. A copy of it as it was is kept in {path}.</source>
        <translation>La base de datos se actualizó a esta versión de Liaison Desk. Se guarda una copia de su estado anterior en {path}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up to folder</source>
        <translation>Hacer copia de seguridad en la carpeta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup was saved as {path}.</source>
        <translation>La copia de seguridad se guardó como {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the database…</source>
        <translation>Haciendo copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace the database {target} with the backup {backup}?

The current database will be kept beside it under a dated name.</source>
        <translation>¿Reemplazar la base de datos {target} por la copia de seguridad {backup}?

La base de datos actual se conservará junto a ella con un nombre fechado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait until the running task has finished, then restore.</source>
        <translation>Espere a que termine la tarea en curso y luego restaure.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring the database…</source>
        <translation>Restaurando la base de datos…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was restored. The previous database was kept as {path}.</source>
        <translation>Se restauró la copia de seguridad. La base de datos anterior se conservó como {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up and restore work on a database file. For a server database, use the server&apos;s own tools.</source>
        <translation>La copia de seguridad y la restauración funcionan con un archivo de base de datos. Para una base de datos en un servidor, use las herramientas del propio servidor.</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../liaison_app/ui/invitations/deadlines_tab.py" line="+104"/>
        <source>Deadlines (days counted in Geneva)</source>
        <extracomment>The non-repliers chosen for reminders: invitation ids, in the list&apos;s order. A deadline was double-clicked: list the invitations still waiting under it.</extracomment>
        <translation>Plazos (días contados en hora de Ginebra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not replied yet</source>
        <translation>Sin respuesta todavía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reminder</source>
        <translation>Último recordatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue only</source>
        <translation>Solo vencidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select non-repliers for reminders</source>
        <translation>Seleccionar a quienes no han respondido para enviar recordatorios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selects these invitations in the Invitations tab, ready for a pack of reminder letters.</source>
        <translation>Selecciona estas invitaciones en la pestaña Invitaciones, listas para un lote de cartas de recordatorio.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replies to {reference}</source>
        <translation>Respuestas a {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies to the invitation</source>
        <translation>Respuestas a la invitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests to speak</source>
        <translation>Solicitudes de intervención</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last day: %n hour(s) left in Geneva</source>
        <translation>
            <numerusform>Último día: queda %n hora en Ginebra</numerusform>
            <numerusform>Último día: quedan %n horas en Ginebra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n invitation(s) await a reply</source>
        <translation>
            <numerusform>%n invitación a la espera de respuesta</numerusform>
            <numerusform>%n invitaciones a la espera de respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <location filename="../liaison_app/ui/invitations/delegation_editor.py" line="+61"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attends</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>Jefe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member</source>
        <translation>Añadir un miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/duplicates_page.py" line="+89"/>
        <source>Rows already known</source>
        <extracomment>Duplicates listed at most; the choice &quot;for all&quot; covers the rest.</extracomment>
        <translation>Filas ya conocidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same e-mail, or the same name in the same Member State, earlier in the file or already in the database.</source>
        <translation>El mismo correo electrónico, o el mismo nombre en el mismo Estado Miembro, en una fila anterior del archivo o ya en la base de datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For every duplicate:</source>
        <translation>Para cada duplicado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to all</source>
        <translation>Aplicar a todos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in the file</source>
        <translation>Nombre en el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as</source>
        <translation>Igual que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Because of</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skip: keep what is there</source>
        <translation>Omitir: conservar lo existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update: the file&apos;s values replace the stored ones</source>
        <translation>Actualizar: los valores del archivo sustituyen a los guardados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge: the file fills only the blanks</source>
        <translation>Fusionar: el archivo solo rellena los campos vacíos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same e-mail</source>
        <translation>el mismo correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same name and Member State</source>
        <translation>el mismo nombre y Estado Miembro</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n row(s) already known. Choose what to do with each.</source>
        <translation>
            <numerusform>%n fila ya conocida. Elija qué hacer con ella.</numerusform>
            <numerusform>%n filas ya conocidas. Elija qué hacer con cada una.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The import will do this — add: {added}, update: {updated}, merge: {merged}, skip: {skipped}, leave out with problems: {rejected}.</source>
        <translation>La importación hará lo siguiente: añadir: {added}; actualizar: {updated}; fusionar: {merged}; omitir: {skipped}; excluir por problemas: {rejected}.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>No duplicates: every row is new.</source>
        <translation>No hay duplicados: todas las filas son nuevas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {number} of the file</source>
        <translation>Fila {number} del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, in the database</source>
        <translation>{name}, en la base de datos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add as a new contact</source>
        <translation>Añadir como contacto nuevo</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../liaison_app/ui/error_reporting.py" line="+39"/>
        <source>Something went wrong. The details were saved in {path}.</source>
        <translation>Algo salió mal. Los detalles se guardaron en {path}.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../liaison_app/ui/events/event_dialog.py" line="+80"/>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>New event</source>
        <extracomment>The saved event&apos;s id, once accepted.</extracomment>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titles</source>
        <translation>Títulos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and signatory</source>
        <translation>Contacto y firmante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From – to</source>
        <translation>Del – al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (ISO code)</source>
        <translation>País (código ISO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>Plazo de respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking requests by</source>
        <translation>Solicitudes de intervención hasta el</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Minutes per speaker</source>
        <translation>Minutos por orador</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short, without spaces: WSIS-2022</source>
        <translation>Breve, sin espacios: WSIS-2022</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies due by</source>
        <translation>Respuestas a más tardar el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <comment>name of the event</comment>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a phase</source>
        <translation>Añadir una fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+18"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Add a session</source>
        <translation>Añadir una sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Title</source>
        <comment>form of address of the contact person: Ms, Mr, Dr</comment>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <comment>position of the signatory: Secretary-General</comment>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>Signature image</source>
        <translation>Imagen de la firma</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Choose an image…</source>
        <translation>Elegir una imagen…</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No signature image</source>
        <translation>Sin imagen de la firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG or JPEG, at most 2 MB and 4000 × 4000 pixels.</source>
        <translation>PNG o JPEG, como máximo 2 MB y 4000 × 4000 píxeles.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{kind}, {width} × {height} pixels</source>
        <translation>{kind}, {width} × {height} píxeles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transparent background: kept on the letters.</source>
        <translation>Fondo transparente: se mantiene en las cartas.</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../liaison_app/ui/export_action.py" line="+64"/>
        <source>Export to Excel</source>
        <extracomment>Settings key: the folder of the last export, offered again next time.</extracomment>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Exporting to {name}…</source>
        <extracomment>The ExportResult, after the workbook was written and the user told.</extracomment>
        <translation>Exportando a {name}…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open workbook</source>
        <translation>Abrir el libro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing {name}: {done:,} of {total:,} rows…</source>
        <translation>Escribiendo {name}: {done:,} de {total:,} filas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {name}: {done:,} rows…</source>
        <translation>Escribiendo {name}: {done:,} filas…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this list as an Excel workbook</source>
        <translation>Guardar esta lista como libro de Excel</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message numerus="yes">
        <location line="-204"/>
        <source>%n row(s) exported to {name}.</source>
        <translation>
            <numerusform>Se exportó %n fila a {name}.</numerusform>
            <numerusform>Se exportaron %n filas a {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/file_page.py" line="+51"/>
        <source>Choose the file</source>
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook (.xlsx, .xlsm) or a text file (.csv, .tsv, .txt) exported from Excel or another program.</source>
        <translation>Un libro de Excel (.xlsx, .xlsm) o un archivo de texto (.csv, .tsv, .txt) exportado desde Excel u otro programa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title rows above the header, blank rows and totals at the bottom are found and left out. Nothing is added to the database until the last step.</source>
        <translation>Las filas de título sobre el encabezado, las filas vacías y los totales al final se detectan y se excluyen. No se añade nada a la base de datos hasta el último paso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the file</source>
        <translation>Ruta del archivo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation>Hojas de cálculo ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is a folder, not a file.</source>
        <translation>Esto es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such file.</source>
        <translation>Ese archivo no existe.</translation>
    </message>
</context>
<context>
    <name>FollowUpsWidget</name>
    <message numerus="yes">
        <location filename="../liaison_app/ui/partnerships/follow_ups_widget.py" line="+158"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Con retraso (%n)</numerusform>
            <numerusform>Con retraso (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due today (%n)</source>
        <translation>
            <numerusform>Para hoy (%n)</numerusform>
            <numerusform>Para hoy (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Next %1 days (%n)</source>
        <translation>
            <numerusform>Próximos %1 días (%n)</numerusform>
            <numerusform>Próximos %1 días (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open, with no follow-up date (%n)</source>
        <translation>
            <numerusform>Abiertas, sin fecha de seguimiento (%n)</numerusform>
            <numerusform>Abiertas, sin fecha de seguimiento (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../liaison_app/ui/invitations/history_panel.py" line="+48"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an invitation to see what happened to it.</source>
        <translation>Elija una invitación para ver su historial.</translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/import_page.py" line="+91"/>
        <source>Imported</source>
        <translation>Importada el</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated or merged</source>
        <translation>Actualizadas o fusionadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out</source>
        <translation>Excluidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>Importada por</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone</source>
        <translation>Deshecha el</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Import contact lists from Excel workbooks or CSV and text files, in any of the six languages. Every import can be undone as a whole.</source>
        <translation>Importe listas de contactos desde libros de Excel o archivos CSV y de texto, en cualquiera de los seis idiomas. Cada importación puede deshacerse por completo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import contacts…</source>
        <translation>Importar contactos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export contacts to Excel…</source>
        <translation>Exportar contactos a Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past imports</source>
        <translation>Importaciones anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No import yet.</source>
        <translation>Todavía no hay importaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this import…</source>
        <translation>Deshacer esta importación…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the import of {name} ({when})? The {added} contacts it added are removed and the fields it changed are put back, unless changed again since.</source>
        <translation>¿Deshacer la importación de {name} ({when})? Se eliminarán los {added} contactos que añadió y se restablecerán los campos que modificó, salvo los que se hayan vuelto a modificar desde entonces.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import of {name} was undone: {removed} contacts removed, {reverted} fields put back.</source>
        <translation>Se deshizo la importación de {name}: {removed} contactos eliminados y {reverted} campos restablecidos.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/wizard.py" line="+94"/>
        <source>Import contacts</source>
        <extracomment>Checked rows; None when a choice made them stale (they are checked again). The officer&apos;s choice for each duplicate, by row number.</extracomment>
        <translation>Importar contactos</translation>
    </message>
</context>
<context>
    <name>InquiryCard</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/board.py" line="+132"/>
        <source>No package chosen</source>
        <translation>Ningún paquete elegido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package&apos;s amount: the inquiry has no amount of its own yet.</source>
        <translation>Importe del paquete: la consulta aún no tiene importe propio.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Follow up: %1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>Seguimiento: %1 (%n día de retraso)</numerusform>
            <numerusform>Seguimiento: %1 (%n días de retraso)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow up: today</source>
        <translation>Seguimiento: hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next follow-up: %1</source>
        <translation>Próximo seguimiento: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up date</source>
        <translation>Sin fecha de seguimiento</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/inquiry_editor.py" line="+183"/>
        <source>(sold out)</source>
        <translation>(agotado)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1, the package&apos;s amount</source>
        <translation>%1, el importe del paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known yet</source>
        <translation>Aún no se conoce</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New inquiry</source>
        <translation>Nueva consulta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit inquiry</source>
        <translation>Editar consulta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Package of interest:</source>
        <translation>&amp;Paquete de interés:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Came in by:</source>
        <translation>&amp;Vía de entrada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Recibida el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;follow-up:</source>
        <translation>Próximo &amp;seguimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose from the directory or type the name</source>
        <translation>Elija del directorio o escriba el nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None chosen yet</source>
        <translation>Aún no se ha elegido ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHF</source>
        <translation>CHF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a contact from the directory, or leave this empty.</source>
        <translation>Elija un contacto del directorio o deje este campo vacío.</translation>
    </message>
</context>
<context>
    <name>InquiryTableModel</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/table_model.py" line="+100"/>
        <source>Organization</source>
        <extracomment>Any of these stages (the dashboard&apos;s &quot;open&quot; or &quot;committed&quot;); empty means any stage.</extracomment>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage since</source>
        <translation>En la etapa desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The package&apos;s amount: the inquiry has no amount of its own yet.</source>
        <translation>Importe del paquete: la consulta aún no tiene importe propio.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationDisplay</name>
    <message>
        <location filename="../liaison_app/ui/invitations/display.py" line="+59"/>
        <source>Not stated</source>
        <extracomment>First-strong isolate: a date or a reference keeps its own order inside Arabic text. One colour per status, shared by the table and the dashboard (readable on light and dark).</extracomment>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Member State</source>
        <translation>Sin Estado Miembro</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Queda %n día</numerusform>
            <numerusform>Quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Vía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged on</source>
        <translation>Recepción confirmada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders sent</source>
        <translation>Recordatorios enviados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reminder</source>
        <translation>Último recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Respuesta recibida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>Nivel de representación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials signed by</source>
        <translation>Credenciales firmadas por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials dated</source>
        <translation>Fecha de las credenciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>head of delegation</source>
        <translation>jefe de delegación</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invitation recorded</source>
        <translation>Invitación registrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation deleted</source>
        <translation>Invitación eliminada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply logged</source>
        <translation>Respuesta registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deleted</source>
        <translation>Respuesta eliminada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply created</source>
        <translation>Respuesta creada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply deleted: {summary}</source>
        <translation>Respuesta eliminada: {summary}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File attached: {name}</source>
        <translation>Archivo adjuntado: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachment removed: {name}</source>
        <translation>Archivo adjunto quitado: {name}</translation>
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
        <translation>El plazo de respuesta expiró sin respuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply deadline was moved: the invitation is waiting again.</source>
        <translation>Se modificó el plazo de respuesta: la invitación vuelve a estar a la espera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply was deleted.</source>
        <translation>Se eliminó la respuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder sent.</source>
        <translation>Recordatorio enviado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the record: it was written before the audit trail.</source>
        <translation>Según el registro: se anotó antes de que existiera el historial de auditoría.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Second source of the reply</source>
        <translation>Segunda fuente de la respuesta</translation>
    </message>
</context>
<context>
    <name>InvitationTableModel</name>
    <message>
        <location filename="../liaison_app/ui/invitations/table_model.py" line="+74"/>
        <source>Addressee</source>
        <extracomment>The row&apos;s InvitationRow. Replaceable in tests, so &quot;days left&quot; does not depend on when the tests run.</extracomment>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circular</source>
        <translation>Carta circular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply received</source>
        <translation>Respuesta recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Head of delegation: {name}</source>
        <translation>Jefe de delegación: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) make up this reply</source>
        <translation>
            <numerusform>Esta respuesta consta de %n fuente</numerusform>
            <numerusform>Esta respuesta consta de %n fuentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reminder: {date}</source>
        <translation>Último recordatorio: {date}</translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <location filename="../liaison_app/ui/invitations/page.py" line="+327"/>
        <source>Put back what was deleted last (Ctrl+Z)</source>
        <extracomment>The officer selected non-repliers for reminders: (event reference, invitation ids). Replaceable in tests, so deadlines do not depend on when the tests run. The part of the filter the bar above the table cannot show (set by the dashboard). Loaded when first shown (or refreshed), not when built: the window builds a page and then activates it, and the first load should happen once.</extracomment>
        <translation>Restablecer lo último que se eliminó (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit event…</source>
        <translation>Editar evento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event…</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no event yet: create one with New event… to start inviting.</source>
        <translation>Todavía no hay ningún evento: cree uno con Nuevo evento… para empezar a invitar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Circulars</source>
        <translation>Cartas circulares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines and reminders</source>
        <translation>Plazos y recordatorios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Circular</source>
        <translation>Carta circular</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search Member States, people, notes…</source>
        <translation>Buscar Estados Miembros, personas, notas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Mostrar todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite…</source>
        <translation>Invitar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite Member States or contacts; those already invited are left as they are</source>
        <translation>Invitar a Estados Miembros o contactos; los ya invitados no se modifican</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status…</source>
        <translation>Cambiar estado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+324"/>
        <source>Log reply…</source>
        <translation>Registrar respuesta…</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Second source…</source>
        <translation>Segunda fuente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same reply came again (a signed letter after the online form)</source>
        <translation>La misma respuesta llegó de nuevo (una carta firmada después del formulario en línea)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply from a Member State…</source>
        <translation>Respuesta de un Estado Miembro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder sent</source>
        <translation>Recordatorio enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count a reminder sent today to each selected invitation</source>
        <translation>Contabilizar un recordatorio enviado hoy para cada invitación seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New circular…</source>
        <translation>Nueva carta circular…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show its invitations</source>
        <translation>Mostrar sus invitaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply deadline</source>
        <translation>Plazo de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Next reference: {reference}</source>
        <translation>Próxima referencia: {reference}</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Showing {shown} of %n invitation(s)</source>
        <translation>
            <numerusform>Se muestran {shown} de %n invitación</numerusform>
            <numerusform>Se muestran {shown} de %n invitaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>waiting for a reply</source>
        <translation>a la espera de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>vencidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a reply</source>
        <translation>con respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without a reply</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent without a circular</source>
        <translation>enviadas sin carta circular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decision: {values}</source>
        <translation>decisión: {values}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>level: {values}</source>
        <translation>nivel: {values}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reply received on {date}</source>
        <translation>respuesta recibida el {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n chosen invitation(s)</source>
        <translation>
            <numerusform>%n invitación elegida</numerusform>
            <numerusform>%n invitaciones elegidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only invitations: {what}</source>
        <translation>Solo las invitaciones: {what}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Correct reply…</source>
        <translation>Corregir respuesta…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n invitation(s) recorded.</source>
        <translation>
            <numerusform>Se registró %n invitación.</numerusform>
            <numerusform>Se registraron %n invitaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n addressee(s) had already been invited and were left as they are.</source>
        <translation>
            <numerusform>%n destinatario ya había sido invitado y no se modificó.</numerusform>
            <numerusform>%n destinatarios ya habían sido invitados y no se modificaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n invitation(s) changed.</source>
        <translation>
            <numerusform>Se modificó %n invitación.</numerusform>
            <numerusform>Se modificaron %n invitaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not changed:</source>
        <translation>
            <numerusform>%n sin modificar:</numerusform>
            <numerusform>%n sin modificar:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Delete invitations</source>
        <translation>Eliminar invitaciones</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n invitation(s)? Use this for invitations recorded by mistake; the deletion stays in the history.</source>
        <translation>
            <numerusform>¿Eliminar %n invitación? Use esta opción para invitaciones registradas por error; la eliminación queda en el historial.</numerusform>
            <numerusform>¿Eliminar %n invitaciones? Use esta opción para invitaciones registradas por error; la eliminación queda en el historial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n invitation(s) deleted.</source>
        <translation>
            <numerusform>%n invitación eliminada.</numerusform>
            <numerusform>%n invitaciones eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Circular {reference} deleted.</source>
        <translation>Circular {reference} eliminada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deletion undone.</source>
        <translation>Eliminación deshecha.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/invite_dialog.py" line="+225"/>
        <source>Invite</source>
        <extracomment>How many contacts a search lists at once; typing more narrows it.</extracomment>
        <translation>Invitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No circular: the event itself</source>
        <translation>Sin carta circular: el propio evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States</source>
        <translation>Estados Miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Member States</source>
        <translation>Todos los Estados Miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Member States of these regions:</source>
        <translation>Los Estados Miembros de estas regiones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States chosen one by one:</source>
        <translation>Estados Miembros elegidos uno por uno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a Member State…</source>
        <translation>Buscar un Estado Miembro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a contact by name, organization…</source>
        <translation>Buscar un contacto por nombre, organización…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record as sent on</source>
        <translation>Registrar como enviada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: the invitations are recorded as drafts.</source>
        <translation>Sin marcar: las invitaciones se registran como borradores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, kept with each invitation</source>
        <translation>Opcional, se guarda con cada invitación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>already invited</source>
        <translation>ya invitado</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n new invitation(s)</source>
        <translation>
            <numerusform>%n invitación nueva</numerusform>
            <numerusform>%n invitaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already invited, left as they are</source>
        <translation>
            <numerusform>%n ya invitado, sin modificar</numerusform>
            <numerusform>%n ya invitados, sin modificar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) chosen</source>
        <translation>
            <numerusform>%n contacto elegido</numerusform>
            <numerusform>%n contactos elegidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../liaison_app/ui/template_editor.py" line="+54"/>
        <source>Invitation</source>
        <extracomment>Milliseconds of quiet typing before the preview is rendered again.</extracomment>
        <translation>Invitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking-slot confirmation</source>
        <translation>Confirmación del turno de palabra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting-list notice</source>
        <translation>Aviso de lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership acknowledgement</source>
        <translation>Acuse de recibo de alianza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank-you letter</source>
        <translation>Carta de agradecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free letter</source>
        <translation>Carta libre</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../liaison_app/ui/letters_page.py" line="+68"/>
        <source>Save the pack of letters</source>
        <extracomment>Settings key: the folder of the last pack, offered again next time.</extracomment>
        <translation>Guardar el lote de cartas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Event</source>
        <extracomment>A pack finished (its report), was cancelled (None) or failed: tests wait on it.</extracomment>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a pack</source>
        <translation>Generar un lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register of letters</source>
        <translation>Registro de cartas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of letter</source>
        <translation>Tipo de carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the letters</source>
        <translation>Idioma de las cartas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start each letter on a new sheet (two-sided printing)</source>
        <translation>Empezar cada carta en una hoja nueva (impresión a doble cara)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an English courtesy copy after each letter in another language</source>
        <translation>Añadir una copia de cortesía en inglés después de cada carta en otro idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save each letter as its own PDF</source>
        <translation>Guardar también cada carta en un PDF propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate pack…</source>
        <translation>Generar lote…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack appears here once generated.</source>
        <translation>El lote aparecerá aquí una vez generado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a letter to see it.</source>
        <translation>Seleccione una carta para verla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each recipient&apos;s language</source>
        <translation>El idioma de cada destinatario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Protocol order</source>
        <translation>Orden protocolario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Member State name</source>
        <translation>Por nombre del Estado Miembro</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no event in this database yet.</source>
        <translation>Todavía no hay ningún evento en esta base de datos.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No one is to receive a letter of this kind for this event.</source>
        <translation>Nadie debe recibir una carta de este tipo para este evento.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tick at least one recipient.</source>
        <translation>Marque al menos un destinatario.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Composing the letters…</source>
        <translation>Redactando las cartas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation>Componiendo las páginas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the files…</source>
        <translation>Escribiendo los archivos…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Generating the pack of letters…</source>
        <translation>Generando el lote de cartas…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{letters} letters, {pages} pages: {path}</source>
        <translation>{letters} cartas, {pages} páginas: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each letter is also in {folder}</source>
        <translation>Cada carta está también en {folder}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The pack could not be made; the details are in the log file.</source>
        <translation>No se pudo generar el lote; los detalles figuran en el archivo de registro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: no letter was written or registered.</source>
        <translation>Cancelado: no se escribió ni se registró ninguna carta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file of this letter is not there any more.</source>
        <translation>El archivo de esta carta ya no está disponible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the file is the one registered (SHA-256 matches).</source>
        <translation>{path}: el archivo es el registrado (el SHA-256 coincide).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the file has changed since it was registered.</source>
        <translation>{path}: el archivo ha cambiado desde que se registró.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../liaison_app/ui/main_window.py" line="+167"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database file</source>
        <translation>Crear un archivo de base de datos vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on another database file</source>
        <translation>Trabajar con otro archivo de base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the database in a folder</source>
        <translation>Guardar una copia de la base de datos en una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the database with a backup; the current one is kept</source>
        <translation>Reemplazar la base de datos por una copia de seguridad; la actual se conserva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Liaison Desk</source>
        <translation>&amp;Acerca de Liaison Desk</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About Liaison Desk</source>
        <translation>Acerca de Liaison Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Liaison Desk {version}&lt;/h3&gt;&lt;p&gt;Invitations to Member States, replies, delegations, speaking slots, partnership inquiries and packs of signed letters, for the liaison office of a conference secretariat.&lt;/p&gt;&lt;p&gt;Works offline; your data stay in the database file you choose.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison Desk {version}&lt;/h3&gt;&lt;p&gt;Invitaciones a los Estados Miembros, respuestas, delegaciones, turnos de palabra, consultas sobre alianzas y lotes de cartas firmadas, para la oficina de enlace de la secretaría de una conferencia.&lt;/p&gt;&lt;p&gt;Funciona sin conexión; sus datos permanecen en el archivo de base de datos que usted elija.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/mapping_page.py" line="+116"/>
        <source>Say which column holds what</source>
        <extracomment>Example values shown for each column.</extracomment>
        <translation>Indique qué contiene cada columna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the headers, in any of the six languages. Change any column; columns left out are not imported.</source>
        <translation>Propuesto a partir de los encabezados, en cualquiera de los seis idiomas. Cambie cualquier columna; las columnas excluidas no se importan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column of the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split a full name into form of address, given and family names (“H.E. Mr José PÉREZ”)</source>
        <translation>Dividir un nombre completo en tratamiento, nombre de pila y apellido («H.E. Mr José PÉREZ»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved mappings:</source>
        <translation>Correspondencias guardadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping as…</source>
        <translation>Guardar esta correspondencia como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State of rows that name none:</source>
        <translation>Estado Miembro de las filas que no indican ninguno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: any name or ISO code</source>
        <translation>Opcional: cualquier nombre o código ISO</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>(leave out)</source>
        <translation>(excluir)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the column that holds the names (Full name, or Given and Family name): a contact cannot be imported without one.</source>
        <translation>Elija la columna que contiene los nombres (Nombre completo, o Nombre de pila y Apellido): no se puede importar un contacto sin nombre.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save mapping</source>
        <translation>Guardar correspondencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this mapping (to use it again for files with the same headers):</source>
        <translation>Nombre de esta correspondencia (para volver a usarla con archivos que tengan los mismos encabezados):</translation>
    </message>
</context>
<context>
    <name>MemberStateEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_state_editor.py" line="+143"/>
        <source>Member State: {name}</source>
        <translation>Estado Miembro: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 3166 codes: {alpha2} · {alpha3}</source>
        <translation>Códigos ISO 3166: {alpha2} · {alpha3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>Formal name</source>
        <translation>Nombre oficial</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>(none)</source>
        <translation>(sin especificar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Subregion</source>
        <translation>Subregión</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Language of correspondence</source>
        <translation>Idioma de correspondencia</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Member of the organization</source>
        <translation>Miembro de la organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters go in this language when a contact has no language of their own.</source>
        <translation>Las cartas se envían en este idioma cuando el contacto no tiene uno propio.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Each language needs a short and a formal name; missing in: {languages}.</source>
        <translation>Cada idioma necesita un nombre corto y uno oficial; faltan en: {languages}.</translation>
    </message>
</context>
<context>
    <name>MemberStateField</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_state_field.py" line="+62"/>
        <source>“{text}” may be {names}: choose one.</source>
        <extracomment>How many completions the popup offers. The state now named (a MemberStateEntry), or None.</extracomment>
        <translation>«{text}» puede ser {names}: elija uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Member State is called “{text}”.</source>
        <translation>Ningún Estado Miembro se llama «{text}».</translation>
    </message>
</context>
<context>
    <name>MemberStatesPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/member_states_page.py" line="+93"/>
        <source>ISO code</source>
        <extracomment>Every name and code, folded, for the search box.</extracomment>
        <translation>Código ISO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formal name</source>
        <translation>Nombre oficial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of correspondence</source>
        <translation>Idioma de correspondencia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Search by name in any of the six languages, or ISO code</source>
        <translation>Buscar por nombre en cualquiera de los seis idiomas o por código ISO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n Member State(s)</source>
        <translation>
            <numerusform>%n Estado Miembro</numerusform>
            <numerusform>%n Estados Miembros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/move_dialog.py" line="+71"/>
        <source>Move a speaker</source>
        <translation>Mover a un orador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where should %1 (%2) speak?</source>
        <translation>¿Dónde debe intervenir %1 (%2)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;lot</source>
        <translation>&amp;Turno</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../liaison_app/ui/contacts/organization_editor.py" line="+133"/>
        <source>New organization</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: {name}</source>
        <translation>Organización: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name as written *</source>
        <translation>Nombre tal como se escribe *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Latin script</source>
        <translation>Nombre en alfabeto latino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a name in any of the six languages, or an ISO code</source>
        <translation>Escriba un nombre en cualquiera de los seis idiomas o un código ISO</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too long: at most {limit} characters.</source>
        <translation>Demasiado largo: {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as {phone}</source>
        <translation>Se guardará como {phone}</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../liaison_app/ui/contacts/organizations_page.py" line="+105"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in Latin script</source>
        <translation>Nombre en alfabeto latino</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Search by name, acronym, e-mail or Member State</source>
        <extracomment>Deletions that Undo can still put back, most recent last.</extracomment>
        <translation>Buscar por nombre, sigla, correo electrónico o Estado Miembro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New organization…</source>
        <translation>Nueva organización…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the deleted organization back (Ctrl+Z)</source>
        <translation>Recuperar la organización eliminada (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No organization yet. Add one with “New organization…”, or import a contact list: its ministries and missions are added with the people.</source>
        <translation>Todavía no hay organizaciones. Añada una con «Nueva organización…» o importe una lista de contactos: sus ministerios y misiones se añaden junto con las personas.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete the organization “{name}”?</source>
        <translation>¿Eliminar la organización «{name}»?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) will keep their details but no longer belong to it.</source>
        <translation>
            <numerusform>%n contacto conservará sus datos, pero dejará de pertenecer a ella.</numerusform>
            <numerusform>%n contactos conservarán sus datos, pero dejarán de pertenecer a ella.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete organization</source>
        <translation>Eliminar organización</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” deleted.</source>
        <translation>Se eliminó «{name}».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{name}” restored.</source>
        <translation>Se recuperó «{name}».</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/package_editor.py" line="+159"/>
        <source>New package</source>
        <translation>Nuevo paquete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit package</source>
        <translation>Editar paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier (1 highest):</source>
        <translation>&amp;Nivel (1 el más alto):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Places:</source>
        <translation>&amp;Plazas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and benefits:</source>
        <translation>Nombre y ventajas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limited to</source>
        <translation>Limitado a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example PLAT</source>
        <translation>Por ejemplo, PLAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benefits:</source>
        <translation>&amp;Ventajas:</translation>
    </message>
</context>
<context>
    <name>PackageTableModel</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/packages_model.py" line="+66"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed</source>
        <translation>Comprometidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still available</source>
        <translation>Aún disponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefits</source>
        <translation>Ventajas</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/page.py" line="+356"/>
        <source>&amp;Event:</source>
        <extracomment>Stages asked for by a dashboard link that are neither one stage nor a group offered.</extracomment>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New inquiry</source>
        <translation>Nueva consulta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a new inquiry (%1)</source>
        <translation>Registrar una nueva consulta (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen inquiry (Enter)</source>
        <translation>Editar la consulta elegida (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the chosen inquiry (Delete); it can be undone</source>
        <translation>Eliminar la consulta elegida (Supr); se puede deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New package</source>
        <translation>Nuevo paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates…</source>
        <translation>Tipos de cambio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give exchange rates to see the whole pipeline in one currency</source>
        <translation>Indique los tipos de cambio para ver toda la cartera en una sola moneda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no event in this database yet. Packages and inquiries belong to an event: create the event first (the demo database has the WSIS Forum 2022).</source>
        <translation>Todavía no hay ningún evento en esta base de datos. Los paquetes y las consultas pertenecen a un evento: cree primero el evento (la base de datos de demostración contiene el Foro de la CMSI 2022).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipeline</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue follow-ups only</source>
        <translation>Solo seguimientos con retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search organization, contact, package, notes</source>
        <translation>Buscar organización, contacto, paquete, notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit package</source>
        <translation>Editar paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete package</source>
        <translation>Eliminar paquete</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open: not yet committed</source>
        <translation>Abiertas: aún sin compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed, signed or paid</source>
        <translation>Comprometidas, firmadas o pagadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All packages</source>
        <translation>Todos los paquetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No package</source>
        <translation>Sin paquete</translation>
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
            <numerusform>%1 de %n consulta</numerusform>
            <numerusform>%1 de %n consultas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Prospects:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Posibles:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Committed or paid:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Comprometido o pagado:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;All in %1 at your rates:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Todo en %1 según sus tipos de cambio:&lt;/b&gt; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n seguimiento con retraso</numerusform>
            <numerusform>%n seguimientos con retraso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete the inquiry</source>
        <translation>Eliminar la consulta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the inquiry from {organization}? You can undo this right after.</source>
        <translation>¿Eliminar la consulta de {organization}? Podrá deshacerlo justo después.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The inquiry from {organization} was deleted.</source>
        <translation>Se eliminó la consulta de {organization}.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (asks first)</source>
        <translation>%1 (pide confirmación)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete the package</source>
        <translation>Eliminar el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the package {package}?</source>
        <translation>¿Eliminar el paquete {package}?</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../liaison_app/ui/pdf_preview.py" line="+111"/>
        <source>This PDF cannot be shown.</source>
        <extracomment>Resolution of the page images sent to the printer. The document loaded and is being painted (page count known).</extracomment>
        <translation>No se puede mostrar este PDF.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No printer is installed on this computer. Save the PDF and print it from a computer with a printer, or install one and try again.</source>
        <translation>No hay ninguna impresora instalada en esta computadora. Guarde el PDF e imprímalo desde una computadora con impresora, o instale una y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/chart.py" line="+60"/>
        <source>Pipeline value by stage: one bar per currency, never added up</source>
        <translation>Valor de la cartera por etapa: una barra por moneda, nunca sumadas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All currencies in %1, at your rates</source>
        <translation>Todas las monedas en %1, según sus tipos de cambio</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No amounts yet: the chart fills as inquiries get amounts.</source>
        <translation>Todavía no hay importes: el gráfico se irá completando a medida que las consultas tengan importe.</translation>
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
        <translation>{section}: esta parte de Liaison Desk aún no está disponible. Llegará en una versión posterior.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/small_dialogs.py" line="+77"/>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amounts in different currencies are never added together on their own. Give today&apos;s rates to see the whole pipeline in one currency; they are used for this view only.</source>
        <translation>Los importes en monedas distintas nunca se suman por sí solos. Indique los tipos de cambio del día para ver toda la cartera en una sola moneda; solo se usan para esta vista.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show in:</source>
        <translation>&amp;Mostrar en:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>1 %1 = … %2</source>
        <translation>1 %1 = … %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the currency to show the pipeline in.</source>
        <translation>Elija la moneda en que se mostrará la cartera.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/reason_dialog.py" line="+34"/>
        <source>For example: the Minister arrives in Geneva on 1 June (e-mail of 20 April).</source>
        <translation>Por ejemplo: el Ministro llega a Ginebra el 1 de junio (correo electrónico del 20 de abril).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reason is kept with the change and shown when someone asks why.</source>
        <translation>El motivo se guarda con el cambio y se muestra cuando alguien pregunta por qué.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../liaison_app/ui/letters_page.py" line="-469"/>
        <source>Generated</source>
        <translation>Generada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../liaison_app/ui/partnerships/small_dialogs.py" line="-115"/>
        <source>Reopen the inquiry</source>
        <translation>Reabrir la consulta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example: the payment was returned</source>
        <translation>Por ejemplo: se devolvió el pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{organization} will be worked on again from the stage you choose.</source>
        <translation>La consulta de {organization} se volverá a tramitar a partir de la etapa que elija.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to &amp;stage:</source>
        <translation>Volver a la &amp;etapa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/reply_dialog.py" line="+251"/>
        <source>Log a reply</source>
        <extracomment>A first reply to an invitation. The same reply arrived again (letter after the online form): merged into the one reply. Correcting the reply as a whole. A reply from a Member State chosen in the dialog, invited or not. What the save did (ReplyLogged), once accepted.</extracomment>
        <translation>Registrar una respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a second source of the reply</source>
        <translation>Añadir una segunda fuente de la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the reply</source>
        <translation>Corregir la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a reply from a Member State</source>
        <translation>Registrar la respuesta de un Estado Miembro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>Recibida por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of representation</source>
        <translation>Nivel de representación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their reference</source>
        <translation>Su referencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not stated</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note verbale number, form entry…</source>
        <translation>Número de la nota verbal, entrada del formulario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the Member State</source>
        <translation>Escriba para buscar el Estado Miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed by</source>
        <translation>Firmadas por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dated</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply to {reference}</source>
        <translation>Respuesta a {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{addressee} — invitation sent on {date}</source>
        <translation>{addressee} — invitación enviada el {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This source is merged into the reply already logged: the latest word decides, the strongest credentials are kept.</source>
        <translation>Esta fuente se fusiona con la respuesta ya registrada: prevalece la comunicación más reciente y se conservan las credenciales de mayor valor.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Arrived as: {sources}</source>
        <translation>Llegó como: {sources}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Attach files to the reply</source>
        <translation>Adjuntar archivos a la respuesta</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose the Member State the reply comes from.</source>
        <translation>Elija el Estado Miembro del que procede la respuesta.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not invited</source>
        <translation>No invitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} was not invited by {reference}. Record the invitation (as sent with the circular) and log this reply?</source>
        <translation>{state} no fue invitado mediante {reference}. ¿Registrar la invitación (como enviada con la carta circular) y anotar esta respuesta?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this event</source>
        <translation>este evento</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../liaison_app/ui/speaking/request_editor.py" line="+170"/>
        <source>Speaking request</source>
        <translation>Solicitud de intervención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the &amp;reply of</source>
        <translation>De la &amp;respuesta de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none: entered by hand)</source>
        <translation>(ninguna: introducida manualmente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speaker</source>
        <translation>&amp;Orador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title or position</source>
        <translation>&amp;Título o cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level of representation</source>
        <translation>&amp;Nivel de representación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participation</source>
        <translation>&amp;Participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on</source>
        <translation>R&amp;ecibida el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the request reached the Secretariat, to the minute: within a level, the first received speaks first.</source>
        <translation>Cuándo llegó la solicitud a la Secretaría, al minuto: dentro de un mismo nivel, interviene primero la primera recibida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Channel</source>
        <translation>&amp;Vía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;1st preference</source>
        <translation>&amp;1.ª preferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2nd preference</source>
        <translation>&amp;2.ª preferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3rd preference</source>
        <translation>&amp;3.ª preferencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes</source>
        <translation>Nota&amp;s</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <location filename="../liaison_app/ui/speaking/requests_model.py" line="+159"/>
        <source>Status</source>
        <extracomment>Any of these statuses (a dashboard link may name several); empty means any status.</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waitlist %1</source>
        <translation>lista de espera %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Placed by hand: %1</source>
        <translation>Colocado manualmente: %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/run_page.py" line="+61"/>
        <source>Importing</source>
        <extracomment>Called once when a running import ends, however it ends (the wizard closes then).</extracomment>
        <translation>Importando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is written in one go: if you cancel, nothing is added or changed.</source>
        <translation>Todo se escribe de una vez: si cancela, no se añade ni se modifica nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the summary</source>
        <translation>Ver el resumen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing the rows of {name}…</source>
        <translation>Importando las filas de {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing contacts…</source>
        <translation>Importando contactos…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing: {done} of {total} contacts written…</source>
        <translation>Importando: {done} de {total} contactos escritos…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The import was cancelled: nothing was added or changed.</source>
        <translation>Se canceló la importación: no se añadió ni se modificó nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import failed and nothing was changed. The details were saved in the log.</source>
        <translation>La importación falló y no se modificó nada. Los detalles se guardaron en el registro.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../liaison_app/ui/sections.py" line="+56"/>
        <source>Dashboard</source>
        <extracomment>Name of the SVG in ui/icons/ (without .svg). Sidebar order; Ctrl+1 … Ctrl+7 follow it.</extracomment>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations &amp; replies</source>
        <translation>Invitaciones y respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking slots</source>
        <translation>Turnos de palabra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp; export</source>
        <translation>Importación y exportación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It will show, for each event, how many invitations were sent, how many replies came back, who is still to answer and which deadlines are near.</source>
        <translation>Mostrará, para cada evento, cuántas invitaciones se enviaron, cuántas respuestas llegaron, quién falta por responder y qué plazos se acercan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will list ministries, permanent missions and their people, with forms of address, positions and preferred languages, and let you search and edit them.</source>
        <translation>Enumerará los ministerios, las misiones permanentes y su personal, con tratamientos, cargos e idiomas preferidos, y permitirá buscarlos y editarlos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will follow each circular to the Member States: when it was sent, by which channel, and the reply that came back with its delegation.</source>
        <translation>Seguirá cada circular a los Estados Miembros: cuándo se envió, por qué vía y la respuesta recibida con su delegación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will take speaking requests and allocate the slots of each session in protocol order, in person before remote.</source>
        <translation>Recibirá las solicitudes de intervención y asignará los turnos de cada sesión por orden protocolario, las presenciales antes que las remotas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will follow partnership inquiries from first contact to signed agreement and payment, with amounts and follow-up dates.</source>
        <translation>Seguirá las consultas sobre alianzas desde el primer contacto hasta el acuerdo firmado y el pago, con importes y fechas de seguimiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will generate letters in the recipient&apos;s language from templates and print packs of signed letters, each one registered.</source>
        <translation>Generará cartas en el idioma del destinatario a partir de plantillas e imprimirá lotes de cartas firmadas, cada una registrada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will import contact lists from Excel or CSV files and export lists and event reports to Excel workbooks.</source>
        <translation>Importará listas de contactos desde archivos Excel o CSV y exportará listas e informes de eventos a libros de Excel.</translation>
    </message>
</context>
<context>
    <name>SessionLane</name>
    <message>
        <location filename="../liaison_app/ui/speaking/scheduler.py" line="+334"/>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In order: the first moves up when a slot frees.</source>
        <translation>Por orden: el primero avanza cuando se libera un turno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting.</source>
        <translation>No hay nadie en espera.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>in person only</source>
        <translation>solo presencial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remote only</source>
        <translation>solo a distancia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>takes no speakers</source>
        <translation>no admite oradores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speaker yet: drop one here.</source>
        <translation>Todavía no hay oradores: suelte uno aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 speakers for %2 slots of %3 minutes</source>
        <translation>%1 oradores para %2 turnos de %3 minutos</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/source_page.py" line="+99"/>
        <source>Check how the file is read</source>
        <translation>Compruebe cómo se lee el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preview changes as you choose. The header row is in bold; grey rows are titles or totals and are not imported.</source>
        <translation>La vista previa cambia según lo que elija. La fila de encabezado está en negrita; las filas en gris son títulos o totales y no se importan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the selected row as the header</source>
        <translation>Usar la fila seleccionada como encabezado</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+18"/>
        <source>Detected</source>
        <translation>Detectado automáticamente</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Detected: {encoding}</source>
        <translation>Detectada: {encoding}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comma  ,</source>
        <translation>Coma  ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon  ;</source>
        <translation>Punto y coma  ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar  |</source>
        <translation>Barra vertical  |</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This file could not be read. The details were saved in the log.</source>
        <translation>No se pudo leer este archivo. Los detalles se guardaron en el registro.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{rows} rows below the header, {columns} columns.</source>
        <translation>{rows} filas bajo el encabezado, {columns} columnas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header is row {number}.</source>
        <translation>El encabezado es la fila {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out as totals or notes: rows {numbers}.</source>
        <translation>Excluidas por ser totales o notas: filas {numbers}.</translation>
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
        <translation>Confirmado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed by hand</source>
        <translation>Colocado manualmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received late</source>
        <translation>Recibida fuera de plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Placed by hand: %1</source>
        <translation>Colocado manualmente: %1</translation>
    </message>
</context>
<context>
    <name>SpeakingPage</name>
    <message>
        <location filename="../liaison_app/ui/speaking/page.py" line="+305"/>
        <source>&amp;Event:</source>
        <extracomment>Replaceable in tests: asks the officer why (None when cancelled).</extracomment>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Allocate all</source>
        <translation>&amp;Asignar todas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give every open request a slot by protocol order: level, then in person before remote, then time of receipt. Placements made by hand and confirmed slots are kept.</source>
        <translation>Asignar un turno a cada solicitud abierta por orden protocolario: nivel; después, presencial antes que a distancia; por último, hora de recepción. Se mantienen las colocaciones manuales y los turnos confirmados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import form export…</source>
        <translation>Importar exportación del &amp;formulario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the requests of the online form&apos;s spreadsheet export (Excel or CSV)</source>
        <translation>Añadir las solicitudes de la hoja de cálculo exportada del formulario en línea (Excel o CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why here?</source>
        <translation>¿&amp;Por qué aquí?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the selected speaker sits where they sit (Ctrl+I)</source>
        <translation>Por qué el orador seleccionado ocupa ese lugar (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to…</source>
        <translation>&amp;Mover a…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm slot</source>
        <translation>&amp;Confirmar turno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delegation was told its slot: the speaker keeps the session from now on.</source>
        <translation>Se comunicó el turno a la delegación: a partir de ahora el orador conserva la sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the &amp;rules place it…</source>
        <translation>Dejar que las re&amp;glas lo coloquen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo a placement made by hand: the rules place the speaker again.</source>
        <translation>Deshacer una colocación manual: las reglas vuelven a colocar al orador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List in:</source>
        <translation>&amp;Lista en:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print or save…</source>
        <translation>&amp;Imprimir o guardar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list of speakers as PDF…</source>
        <translation>Guardar la lista de oradores en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the moderator&apos;s run sheet as PDF…</source>
        <translation>Guardar el guion del moderador en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the list of speakers…</source>
        <translation>Imprimir la lista de oradores…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the moderator&apos;s run sheet…</source>
        <translation>Imprimir el guion del moderador…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduler</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search country, speaker, session…</source>
        <translation>Buscar país, orador, sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts only</source>
        <translation>Solo conflictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+211"/>
        <source>Why here?</source>
        <translation>¿Por qué aquí?</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Select a speaker to see why they sit where they sit.</source>
        <translation>Seleccione un orador para ver por qué ocupa ese lugar.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>There is no event in this database yet.</source>
        <translation>Todavía no hay ningún evento en esta base de datos.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n speaker(s) scheduled</source>
        <translation>
            <numerusform>%n orador programado</numerusform>
            <numerusform>%n oradores programados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not allocated yet</source>
        <translation>
            <numerusform>%n aún sin asignar</numerusform>
            <numerusform>%n aún sin asignar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n with a conflict</source>
        <translation>
            <numerusform>%n con conflicto</numerusform>
            <numerusform>%n con conflicto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+14"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
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
        <translation>Mover a…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm slot</source>
        <translation>Confirmar turno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the rules place it…</source>
        <translation>Dejar que las reglas lo coloquen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Allocating speaking slots…</source>
        <translation>Asignando turnos de palabra…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Allocated by protocol order: %1 scheduled, %2 waiting, %3 declined; %4 changed.</source>
        <translation>Asignación por orden protocolario: %1 programados, %2 en espera, %3 rechazados; %4 cambios.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the waitlist, place %1</source>
        <translation>la lista de espera, puesto %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, slot %2</source>
        <translation>%1, turno %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move %1 (%2) to %3. Why? The reason is kept and shown to anyone who asks.</source>
        <translation>Mover a %1 (%2) a %3. ¿Por qué? El motivo se guarda y se muestra a quien lo pregunte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not moved: a move by hand needs a reason.</source>
        <translation>No se movió: un cambio manual requiere un motivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 moved to %2.</source>
        <translation>%1 se movió a %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Moved up from the waitlist: %1.</source>
        <translation>De la lista de espera a un turno: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s request is withdrawn. Why? (For example: note verbale of 20 April.)</source>
        <translation>Se retira la solicitud de %1. ¿Por qué? (Por ejemplo: nota verbal del 20 de abril.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request was withdrawn.</source>
        <translation>Se retiró la solicitud de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decline %1&apos;s request. Why?</source>
        <translation>Rechazar la solicitud de %1. ¿Por qué?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request was declined.</source>
        <translation>Se rechazó la solicitud de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen %1&apos;s request. Why?</source>
        <translation>Reabrir la solicitud de %1. ¿Por qué?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s request is open again; &quot;Allocate all&quot; will place it.</source>
        <translation>La solicitud de %1 vuelve a estar abierta; «Asignar todas» la colocará.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let the rules place %1 again. Why?</source>
        <translation>Dejar que las reglas vuelvan a colocar a %1. ¿Por qué?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules placed %1 again.</source>
        <translation>Las reglas volvieron a colocar a %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1&apos;s slot is confirmed.</source>
        <translation>Se confirmó el turno de %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Request added; &quot;Allocate all&quot; will give it a slot.</source>
        <translation>Solicitud añadida; «Asignar todas» le asignará un turno.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+37"/>
        <location line="+6"/>
        <source>Import speaking requests</source>
        <translation>Importar solicitudes de intervención</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the form export…</source>
        <translation>Leyendo la exportación del formulario…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 request(s) to add, %2 already on the list, %3 row(s) left out.</source>
        <translation>Solicitudes por añadir: %1; ya en la lista: %2; filas excluidas: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add them now?</source>
        <translation>¿Añadirlas ahora?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 request(s) imported; &quot;Allocate all&quot; will give them a slot.</source>
        <translation>Solicitudes importadas: %1; «Asignar todas» les asignará un turno.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run sheet</source>
        <translation>Guion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of speakers</source>
        <translation>Lista de oradores</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing the PDF…</source>
        <translation>Preparando el PDF…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No printer is set up on this computer. Save the list as PDF and print it from a computer that has one.</source>
        <translation>No hay ninguna impresora configurada en esta computadora. Guarde la lista en PDF e imprímala desde una computadora que tenga una.</translation>
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
        <translation>Este cambio no es posible</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Confirm the move</source>
        <translation>Confirmar el cambio</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The amount is missing</source>
        <translation>Falta el importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{organization} has no amount yet, and no package to take one from. Edit the inquiry to enter the amount and currency before marking it {stage}.</source>
        <translation>La consulta de {organization} aún no tiene importe ni paquete del que tomarlo. Edite la consulta para indicar el importe y la moneda antes de pasarla a «{stage}».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The package is sold out</source>
        <translation>El paquete está agotado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All {quantity} places of the package are already held by committed partners, so {organization} cannot be marked {stage}. Raise the package&apos;s number of places, or choose another package for this inquiry.</source>
        <translation>Las {quantity} plazas del paquete ya están ocupadas por asociados comprometidos, por lo que la consulta de {organization} no puede pasar a «{stage}». Aumente el número de plazas del paquete o elija otro paquete para esta consulta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{organization} is {stage}: that closes the inquiry, so it cannot be moved to {target}. If it must be worked on again, choose “Reopen…” in its menu.</source>
        <translation>La consulta de {organization} está en la etapa «{stage}», que la cierra, por lo que no puede pasar a «{target}». Si hay que volver a tramitarla, elija «Reabrir…» en su menú.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move {organization} back from {stage} to {target}?</source>
        <translation>¿Devolver la consulta de {organization} de «{stage}» a «{target}»?</translation>
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
        <translation>¿Pasar la consulta de {organization} de «{stage}» directamente a «{target}»?

Se omitirá: {skipped}.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../liaison_app/ui/app.py" line="+62"/>
        <source>Open another database…</source>
        <extracomment>Exit code when no database could be opened and the user chose to quit (the CLI&apos;s &quot;refused&quot;).</extracomment>
        <translation>Abrir otra base de datos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New database…</source>
        <translation>Nueva base de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../liaison_app/ui/invitations/status_dialog.py" line="+77"/>
        <source>Change the status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set the status of %n invitation(s):</source>
        <translation>
            <numerusform>Establecer el estado de %n invitación:</numerusform>
            <numerusform>Establecer el estado de %n invitaciones:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional, kept in the history</source>
        <translation>Opcional, se guarda en el historial</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to draft: the date of sending is forgotten (the letter never went out).</source>
        <translation>Vuelta a borrador: se borra la fecha de envío (la carta nunca salió).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drafts are marked sent on this date, by this channel if they had none.</source>
        <translation>Los borradores se marcan como enviados en esta fecha, por esta vía si no tenían ninguna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The addressee confirmed receiving the letter on this date.</source>
        <translation>El destinatario confirmó la recepción de la carta en esta fecha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only after the reply deadline; the application also does it by itself.</source>
        <translation>Solo después del plazo de respuesta; la aplicación también lo hace automáticamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitations with a reply keep the reply&apos;s decision: change the reply instead.</source>
        <translation>Las invitaciones con respuesta conservan la decisión de la respuesta: modifique la respuesta.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/summary_page.py" line="+62"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Excel workbook of every row left out, with its reasons.</source>
        <translation>Un libro de Excel con cada fila excluida y sus motivos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Remove the contacts it added and put back what it changed. Also possible later, from the Import &amp; export section.</source>
        <translation>Eliminar los contactos que añadió y restablecer lo que modificó. También es posible más adelante, desde la sección Importación y exportación.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{read} rows read from {name}.</source>
        <translation>{read} filas leídas de {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added: {count}</source>
        <translation>Añadidos: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: {count}</source>
        <translation>Actualizados: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged: {count}</source>
        <translation>Fusionados: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped as duplicates or left out: {count}</source>
        <translation>Omitidos por duplicados o excluidos: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out with problems: {count}</source>
        <translation>Excluidos por problemas: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New organizations: {count}</source>
        <translation>Organizaciones nuevas: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals and notes under the list, not taken as people: {count}</source>
        <translation>Totales y notas bajo la lista, no tomados como personas: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No row was left out.</source>
        <translation>No se excluyó ninguna fila.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{stem} - rows left out.xlsx</source>
        <translation>{stem} - filas excluidas.xlsx</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report saved: {path}</source>
        <translation>Informe guardado: {path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove the {added} contacts this import added and put back the fields it changed?</source>
        <translation>¿Eliminar los {added} contactos que añadió esta importación y restablecer los campos que modificó?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was undone: {removed} contacts removed, {reverted} fields put back.</source>
        <translation>Se deshizo la importación: {removed} contactos eliminados y {reverted} campos restablecidos.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../liaison_app/ui/template_editor.py" line="+141"/>
        <source>Kind of letter</source>
        <extracomment>A template was saved (kind, language). A preview finished rendering (also after an error): tests wait on it.</extracomment>
        <translation>Tipo de carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview for</source>
        <translation>Vista previa para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text (a blank line between paragraphs; {{ field }} merges a value)</source>
        <translation>Texto (una línea en blanco entre párrafos; {{ field }} inserta un valor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge fields (double-click to insert)</source>
        <translation>Campos combinables (doble clic para insertar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the default text</source>
        <translation>Restablecer el texto predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preview appears here.</source>
        <translation>La vista previa aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved template</source>
        <translation>Plantilla sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text you changed is not saved. Discard the changes?</source>
        <translation>El texto que modificó no se ha guardado. ¿Descartar los cambios?</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Saved (version {version}).</source>
        <translation>Guardada (versión {version}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No one is to receive a letter of this kind for this event yet.</source>
        <translation>Todavía nadie debe recibir una carta de este tipo para este evento.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The preview could not be made; see the log file.</source>
        <translation>No se pudo generar la vista previa; consulte el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../liaison_app/ui/undo_bar.py" line="+43"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <location filename="../liaison_app/ui/import_wizard/validation_page.py" line="+78"/>
        <source>Check the rows</source>
        <extracomment>Background of a cell whose value is refused: a pale red readable under dark text. Rows listed at most (the rest are counted and go to the report).</extracomment>
        <translation>Compruebe las filas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with a problem are listed with the reason by each cell in red. Correct a cell here, or leave the row out: it will be listed in the report.</source>
        <translation>Las filas con problemas se enumeran con el motivo junto a cada celda en rojo. Corrija la celda aquí o excluya la fila: figurará en el informe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a cell to correct it; the row is checked again at once.</source>
        <translation>Haga doble clic en una celda para corregirla; la fila se vuelve a comprobar de inmediato.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking {count} rows…</source>
        <translation>Comprobando {count} filas…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rows could not be checked. The details were saved in the log.</source>
        <translation>No se pudieron comprobar las filas. Los detalles se guardaron en el registro.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave out</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Corrected: will be imported</source>
        <translation>Corregida: se importará</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{total} rows read: {ready} ready to import.</source>
        <translation>{total} filas leídas: {ready} listas para importar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{bad} with problems: left out unless corrected below.</source>
        <translation>{bad} con problemas: se excluirán salvo que se corrijan abajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} left out by you.</source>
        <translation>{count} excluidas por usted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first {count} are listed; the report lists them all.</source>
        <translation>Se enumeran las {count} primeras; el informe las incluye todas.</translation>
    </message>
</context>
</TS>
