<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppController</name>
    <message>
        <source>Vafa: customer and agent club</source>
        <translation>Vafa: customer and agent club</translation>
    </message>
    <message>
        <source>Create (once) and open the demo company.</source>
        <translation>Create (once) and open the demo company.</translation>
    </message>
    <message>
        <source>Number of identities in the demo company (up to 1000000).</source>
        <translation>Number of identities in the demo company (up to 1000000).</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Open this database file.</translation>
    </message>
    <message>
        <source>Write a PNG of every main view of every kind of user to this folder, then quit.</source>
        <translation>Write a PNG of every main view of every kind of user to this folder, then quit.</translation>
    </message>
    <message>
        <source>Username to fill in at sign-in.</source>
        <translation>Username to fill in at sign-in.</translation>
    </message>
    <message>
        <source>--demo-size takes a number from 100 to 1000000.</source>
        <translation>--demo-size takes a number from 100 to 1000000.</translation>
    </message>
    <message>
        <source>--screenshots needs --demo or --store.</source>
        <translation>--screenshots needs --demo or --store.</translation>
    </message>
    <message>
        <source>Building the demo company…</source>
        <translation>Building the demo company…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vafa</source>
        <translation>Vafa</translation>
    </message>
    <message>
        <source>The demo company was not built.</source>
        <translation>The demo company was not built.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Name the database with --store FILE.</source>
        <translation>Name the database with --store FILE.</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>Welcome to Vafa. How would you like to begin?</source>
        <translation>Welcome to Vafa. How would you like to begin?</translation>
    </message>
    <message>
        <source>Create a &amp;new company…</source>
        <translation>Create a &amp;new company…</translation>
    </message>
    <message>
        <source>&amp;Open a company file…</source>
        <translation>&amp;Open a company file…</translation>
    </message>
    <message>
        <source>Try the &amp;demo company</source>
        <translation>Try the &amp;demo company</translation>
    </message>
    <message>
        <source>Open a company file</source>
        <translation>Open a company file</translation>
    </message>
    <message>
        <source>Vafa company (*.vafa);;All files (*)</source>
        <translation>Vafa company (*.vafa);;All files (*)</translation>
    </message>
    <message>
        <source>The company opened last time (%1) could not be opened: %2</source>
        <translation>The company opened last time (%1) could not be opened: %2</translation>
    </message>
    <message>
        <source>Connect to the company&apos;s &amp;server…</source>
        <translation>Connect to the company&apos;s &amp;server…</translation>
    </message>
    <message>
        <source>The company&apos;s server «%1» could not be opened: %2</source>
        <translation>The company&apos;s server «%1» could not be opened: %2</translation>
    </message>
    <message>
        <source>The password of the database user «%1» on the server «%2»:</source>
        <translation>The password of the database user «%1» on the server «%2»:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Server: %1 (%2)</source>
        <translation>Server: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BalancesPage</name>
    <message>
        <source>Only customers who owe or are owed</source>
        <translation>Only customers who owe or are owed</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Customer balances</source>
        <translation>Customer balances</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Choose a customer above to see their statement.</source>
        <translation>Choose a customer above to see their statement.</translation>
    </message>
    <message>
        <source>Debtor / creditor</source>
        <translation>Debtor / creditor</translation>
    </message>
    <message>
        <source>&amp;Print statement…</source>
        <translation>&amp;Print statement…</translation>
    </message>
    <message>
        <source>Statement as P&amp;DF…</source>
        <translation>Statement as P&amp;DF…</translation>
    </message>
    <message>
        <source>Statement of %1 — balance %2 rials, %3</source>
        <translation>Statement of %1 — balance %2 rials, %3</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Save the statement</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Debit (%1)</source>
        <translation>Debit (%1)</translation>
    </message>
    <message>
        <source>Credit (%1)</source>
        <translation>Credit (%1)</translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>Balance (%1)</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message numerus="yes">
        <source>Printing %Ln document(s)…</source>
        <translation>
            <numerusform>Printing %Ln document…</numerusform>
            <numerusform>Printing %Ln documents…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Print all in this list</source>
        <translation>Print all in this list</translation>
    </message>
    <message numerus="yes">
        <source>Print the %Ln document(s) of this list, as they are filtered now?</source>
        <translation>
            <numerusform>Print the %Ln document of this list, as it is filtered now?</numerusform>
            <numerusform>Print the %Ln documents of this list, as they are filtered now?</numerusform>
        </translation>
    </message>
    <message>
        <source>To a &amp;PDF file…</source>
        <translation>To a &amp;PDF file…</translation>
    </message>
    <message>
        <source>To a p&amp;rinter…</source>
        <translation>To a p&amp;rinter…</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Print to PDF</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) printed to %1.</source>
        <translation>
            <numerusform>%Ln document printed to %1.</numerusform>
            <numerusform>%Ln documents printed to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) printed; these could not be:</source>
        <translation>
            <numerusform>%Ln document printed; these could not be:</numerusform>
            <numerusform>%Ln documents printed; these could not be:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkMappingPage</name>
    <message>
        <source>Columns and rules</source>
        <translation>Columns and rules</translation>
    </message>
    <message>
        <source>Say which column fills each field, a value for empty cells, and how usernames and passwords are made.</source>
        <translation>Say which column fills each field, a value for empty cells, and how usernames and passwords are made.</translation>
    </message>
    <message>
        <source>&amp;Match same-named columns</source>
        <translation>&amp;Match same-named columns</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Load</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>Name for this mapping</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>&amp;Save mapping</translation>
    </message>
    <message>
        <source>Usernames and passwords</source>
        <translation>Usernames and passwords</translation>
    </message>
    <message>
        <source>User&amp;name from:</source>
        <translation>User&amp;name from:</translation>
    </message>
    <message>
        <source>The username column</source>
        <translation>The username column</translation>
    </message>
    <message>
        <source>The customer number</source>
        <translation>The customer number</translation>
    </message>
    <message>
        <source>The mobile number</source>
        <translation>The mobile number</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>The email address</translation>
    </message>
    <message>
        <source>A prefix and a running number</source>
        <translation>A prefix and a running number</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Prefix:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Random, under the password policy</source>
        <translation>Random, under the password policy</translation>
    </message>
    <message>
        <source>The password column</source>
        <translation>The password column</translation>
    </message>
</context>
<context>
    <name>BulkPreviewPage</name>
    <message>
        <source>Check before anything is written</source>
        <translation>Check before anything is written</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes every row or, if anything goes wrong or you cancel, none.</source>
        <translation>Nothing has been written yet. Import writes every row or, if anything goes wrong or you cancel, none.</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Show only rows with &amp;problems</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Save the &amp;error file…</source>
        <translation>Save the &amp;error file…</translation>
    </message>
</context>
<context>
    <name>BulkSourcePage</name>
    <message>
        <source>Who gets an account</source>
        <translation>Who gets an account</translation>
    </message>
    <message>
        <source>Choose identities that have no club account yet, or a file of users.</source>
        <translation>Choose identities that have no club account yet, or a file of users.</translation>
    </message>
    <message>
        <source>&amp;Identities without a club account</source>
        <translation>&amp;Identities without a club account</translation>
    </message>
    <message>
        <source>A &amp;file (.xlsx or .csv)</source>
        <translation>A &amp;file (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>Select the identities to give an account (click rows; Ctrl+A selects every row shown).</source>
        <translation>Select the identities to give an account (click rows; Ctrl+A selects every row shown).</translation>
    </message>
    <message>
        <source>Path of an .xlsx or .csv file</source>
        <translation>Path of an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>The first row holds the column names. Columns named like the fields (in Persian or English) are matched automatically on the next page.</source>
        <translation>The first row holds the column names. Columns named like the fields (in Persian or English) are matched automatically on the next page.</translation>
    </message>
    <message>
        <source>Accounts that already exist</source>
        <translation>Accounts that already exist</translation>
    </message>
    <message>
        <source>&amp;Add new accounts only (existing usernames are skipped)</source>
        <translation>&amp;Add new accounts only (existing usernames are skipped)</translation>
    </message>
    <message>
        <source>&amp;Update existing accounts only</source>
        <translation>&amp;Update existing accounts only</translation>
    </message>
    <message>
        <source>Add new and update e&amp;xisting accounts</source>
        <translation>Add new and update e&amp;xisting accounts</translation>
    </message>
    <message>
        <source>When updating, fill only &amp;empty fields</source>
        <translation>When updating, fill only &amp;empty fields</translation>
    </message>
</context>
<context>
    <name>BulkSummaryPage</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>What happened, and the files to keep.</source>
        <translation>What happened, and the files to keep.</translation>
    </message>
    <message>
        <source>Save the &amp;error file…</source>
        <translation>Save the &amp;error file…</translation>
    </message>
    <message>
        <source>Save the &amp;credentials file…</source>
        <translation>Save the &amp;credentials file…</translation>
    </message>
    <message>
        <source>Save credential &amp;letters (PDF)…</source>
        <translation>Save credential &amp;letters (PDF)…</translation>
    </message>
</context>
<context>
    <name>BulkUserWizard</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>All identities</source>
        <translation>All identities</translation>
    </message>
    <message>
        <source>Identities without a club account</source>
        <translation>Identities without a club account</translation>
    </message>
    <message>
        <source>Users file</source>
        <translation>Users file</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The accounts were written</source>
        <translation>The accounts were written</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>Nothing was written</translation>
    </message>
    <message>
        <source>Create agent accounts in bulk</source>
        <translation>Create agent accounts in bulk</translation>
    </message>
    <message>
        <source>Create customer accounts in bulk</source>
        <translation>Create customer accounts in bulk</translation>
    </message>
    <message>
        <source>Save the credentials file</source>
        <translation>Save the credentials file</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV file (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Save credential letters</source>
        <translation>Save credential letters</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Writing credential letters…</source>
        <translation>Writing credential letters…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
</context>
<context>
    <name>CartablePages</name>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Cartable</source>
        <translation>Cartable</translation>
    </message>
</context>
<context>
    <name>CategoryMoveDialog</name>
    <message>
        <source>Move category</source>
        <translation>Move category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Move «%1» under:</source>
        <translation>Move «%1» under:</translation>
    </message>
    <message>
        <source>(the top of «%1»)</source>
        <translation>(the top of «%1»)</translation>
    </message>
</context>
<context>
    <name>CategoryService</name>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>The change could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>You do not have permission to change the category tree. Ask an administrator.</source>
        <translation>You do not have permission to change the category tree. Ask an administrator.</translation>
    </message>
    <message>
        <source>This category no longer exists.</source>
        <translation>This category no longer exists.</translation>
    </message>
    <message>
        <source>«%1» is private: only its creator, a system administrator or the database manager may change it.</source>
        <translation>«%1» is private: only its creator, a system administrator or the database manager may change it.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>A category needs a name.</translation>
    </message>
    <message>
        <source>A category named «%1» already exists at this level.</source>
        <translation>A category named «%1» already exists at this level.</translation>
    </message>
    <message>
        <source>A category cannot be moved into another tree.</source>
        <translation>A category cannot be moved into another tree.</translation>
    </message>
    <message>
        <source>«%1» cannot be moved into itself or one of its own sub-categories.</source>
        <translation>«%1» cannot be moved into itself or one of its own sub-categories.</translation>
    </message>
    <message numerus="yes">
        <source>«%1» still holds %n identities; move them to another category first.</source>
        <translation>
            <numerusform>«%1» still holds %n identities; move them to another category first.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>«%1» still has %n sub-categories; move or delete them first.</source>
        <translation>
            <numerusform>«%1» still has %n sub-categories; move or delete them first.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only the creator of «%1», a system administrator or the database manager may make it private or public.</source>
        <translation>Only the creator of «%1», a system administrator or the database manager may make it private or public.</translation>
    </message>
</context>
<context>
    <name>CategoryTreePage</name>
    <message>
        <source>Fields of activity</source>
        <translation>Fields of activity</translation>
    </message>
    <message>
        <source>Identity database</source>
        <translation>Identity database</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Drag a category onto another to move it under it. Private categories (red) are seen only by their creator, system administrators and the database manager.</source>
        <translation>Drag a category onto another to move it under it. Private categories (red) are seen only by their creator, system administrators and the database manager.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identities</translation>
    </message>
    <message>
        <source>Sub-categories</source>
        <translation>Sub-categories</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <source>New sub-category…</source>
        <translation>New sub-category…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Make private</source>
        <translation>Make private</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Make public</source>
        <translation>Make public</translation>
    </message>
    <message>
        <source>New sub-category</source>
        <translation>New sub-category</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <source>Delete the category «%1»?</source>
        <translation>Delete the category «%1»?</translation>
    </message>
</context>
<context>
    <name>Club</name>
    <message numerus="yes">
        <source>The password must be at least %n characters long.</source>
        <translation>
            <numerusform>The password must be at least %n character long.</numerusform>
            <numerusform>The password must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must contain an upper-case letter, a lower-case letter and a digit.</source>
        <translation>The password must contain an upper-case letter, a lower-case letter and a digit.</translation>
    </message>
    <message>
        <source>A username is required.</source>
        <translation>A username is required.</translation>
    </message>
    <message>
        <source>A username may contain only English letters, digits and . _ - @ \ /</source>
        <translation>A username may contain only English letters, digits and . _ - @ \ /</translation>
    </message>
    <message>
        <source>A username must be at least 5 characters long.</source>
        <translation>A username must be at least 5 characters long.</translation>
    </message>
    <message>
        <source>An email address is required.</source>
        <translation>An email address is required.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation>The database could not be read.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>You do not have permission to do this.</translation>
    </message>
    <message>
        <source>The user was not found.</source>
        <translation>The user was not found.</translation>
    </message>
    <message>
        <source>This is not a club user.</source>
        <translation>This is not a club user.</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>The username %1 is already taken.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>The password could not be hashed.</translation>
    </message>
    <message>
        <source>The agent club is not enabled.</source>
        <translation>The agent club is not enabled.</translation>
    </message>
    <message>
        <source>The customer club is not enabled.</source>
        <translation>The customer club is not enabled.</translation>
    </message>
    <message>
        <source>Choose the default category for new agents first.</source>
        <translation>Choose the default category for new agents first.</translation>
    </message>
    <message>
        <source>Choose the default category for new customers first.</source>
        <translation>Choose the default category for new customers first.</translation>
    </message>
    <message>
        <source>A first or last name is required.</source>
        <translation>A first or last name is required.</translation>
    </message>
    <message>
        <source>A company name is required.</source>
        <translation>A company name is required.</translation>
    </message>
    <message>
        <source>The identity subtype does not fit this kind of member.</source>
        <translation>The identity subtype does not fit this kind of member.</translation>
    </message>
    <message>
        <source>The identity was not found.</source>
        <translation>The identity was not found.</translation>
    </message>
    <message>
        <source>Club users can be defined only for customer, agent and supplier identities.</source>
        <translation>Club users can be defined only for customer, agent and supplier identities.</translation>
    </message>
    <message>
        <source>This identity already has a club account.</source>
        <translation>This identity already has a club account.</translation>
    </message>
    <message>
        <source>This registration is already approved.</source>
        <translation>This registration is already approved.</translation>
    </message>
    <message>
        <source>Only a pending registration can be rejected.</source>
        <translation>Only a pending registration can be rejected.</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>User type</translation>
    </message>
    <message>
        <source>Identity type</source>
        <translation>Identity type</translation>
    </message>
    <message>
        <source>Identity subtype</source>
        <translation>Identity subtype</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>User key</source>
        <translation>User key</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Phone password</source>
        <translation>Phone password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Password never expires</source>
        <translation>Password never expires</translation>
    </message>
    <message>
        <source>Commission percent</source>
        <translation>Commission percent</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>The row has %1 of the %2 columns.</source>
        <translation>The row has %1 of the %2 columns.</translation>
    </message>
    <message>
        <source>Only customer and agent users can be imported here (user type &quot;%1&quot;).</source>
        <translation>Only customer and agent users can be imported here (user type &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The identity type must be person (حقیقی) or organisation (حقوقی).</source>
        <translation>The identity type must be person (حقیقی) or organisation (حقوقی).</translation>
    </message>
    <message>
        <source>The identity subtype &quot;%1&quot; does not exist.</source>
        <translation>The identity subtype &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The identity subtype &quot;%1&quot; does not fit this kind of user.</source>
        <translation>The identity subtype &quot;%1&quot; does not fit this kind of user.</translation>
    </message>
    <message>
        <source>The commission must be a number from 0 to 100, without a percent sign.</source>
        <translation>The commission must be a number from 0 to 100, without a percent sign.</translation>
    </message>
    <message>
        <source>Active must be yes or no (بلی/خیر, true/false, 1/0).</source>
        <translation>Active must be yes or no (بلی/خیر, true/false, 1/0).</translation>
    </message>
    <message>
        <source>The row has no customer number to make the username from.</source>
        <translation>The row has no customer number to make the username from.</translation>
    </message>
    <message>
        <source>The row has no mobile number to make the username from.</source>
        <translation>The row has no mobile number to make the username from.</translation>
    </message>
    <message>
        <source>The row has no email address to make the username from.</source>
        <translation>The row has no email address to make the username from.</translation>
    </message>
    <message>
        <source>The username %1 belongs to a staff account.</source>
        <translation>The username %1 belongs to a staff account.</translation>
    </message>
    <message>
        <source>No user has the username %1.</source>
        <translation>No user has the username %1.</translation>
    </message>
    <message>
        <source>The username %1 already exists.</source>
        <translation>The username %1 already exists.</translation>
    </message>
    <message>
        <source>The username %1 is also on line %2 of the file.</source>
        <translation>The username %1 is also on line %2 of the file.</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>A password is required.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The workbook has no first worksheet.</source>
        <translation>The workbook has no first worksheet.</translation>
    </message>
    <message>
        <source>The worksheet could not be read: %1</source>
        <translation>The worksheet could not be read: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>The file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be created.</source>
        <translation>The file %1 cannot be created.</translation>
    </message>
    <message>
        <source>--kind needs customer or agent.</source>
        <translation>--kind needs customer or agent.</translation>
    </message>
    <message>
        <source>--username needs a rule.</source>
        <translation>--username needs a rule.</translation>
    </message>
    <message>
        <source>Unknown username rule: %1</source>
        <translation>Unknown username rule: %1</translation>
    </message>
    <message>
        <source>--password needs random or column.</source>
        <translation>--password needs random or column.</translation>
    </message>
    <message>
        <source>Unknown password rule: %1</source>
        <translation>Unknown password rule: %1</translation>
    </message>
    <message>
        <source>--credentials needs a file name.</source>
        <translation>--credentials needs a file name.</translation>
    </message>
    <message>
        <source>Credentials written to %1</source>
        <translation>Credentials written to %1</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>The change could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>The file&apos;s password column is ignored on %L1 rows: the password rule is &quot;random&quot;, so every new account gets a random password.</source>
        <translation>The file&apos;s password column is ignored on %L1 rows: the password rule is &quot;random&quot;, so every new account gets a random password.</translation>
    </message>
    <message>
        <source>The username %1 was taken after the preview.</source>
        <translation>The username %1 was taken after the preview.</translation>
    </message>
    <message>
        <source>This identity was given a club account after the preview.</source>
        <translation>This identity was given a club account after the preview.</translation>
    </message>
    <message>
        <source>The user %1 was removed after the preview.</source>
        <translation>The user %1 was removed after the preview.</translation>
    </message>
    <message>
        <source>%L1 rows changed in the database since the preview; nothing was saved. Check them and import again.</source>
        <translation>%L1 rows changed in the database since the preview; nothing was saved. Check them and import again.</translation>
    </message>
    <message>
        <source>The database could not be read; nothing was saved.</source>
        <translation>The database could not be read; nothing was saved.</translation>
    </message>
    <message>
        <source>The licence allows %L1 active agent users; %L2 are active now and the import adds %L3. Nothing was saved.</source>
        <translation>The licence allows %L1 active agent users; %L2 are active now and the import adds %L3. Nothing was saved.</translation>
    </message>
    <message>
        <source>The licence allows %L1 active customer users (suppliers included); %L2 are active now and the import adds %L3. Nothing was saved.</source>
        <translation>The licence allows %L1 active customer users (suppliers included); %L2 are active now and the import adds %L3. Nothing was saved.</translation>
    </message>
    <message>
        <source>The workbook is out of proportion (it would unpack to far more than it holds) and was not read.</source>
        <translation>The workbook is out of proportion (it would unpack to far more than it holds) and was not read.</translation>
    </message>
    <message>
        <source>The sheet is out of proportion (more than %L1 rows or %L2 columns) and was not read.</source>
        <translation>The sheet is out of proportion (more than %L1 rows or %L2 columns) and was not read.</translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation>The file %1 cannot be replaced.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2</source>
        <translation>The file %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The file is not a valid Excel (%1) workbook.</source>
        <translation>The file is not a valid Excel (%1) workbook.</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding could not be recognised. Save it from Excel as &quot;CSV UTF-8&quot; or as an Excel workbook (%1) and try again.</source>
        <translation>The file&apos;s text encoding could not be recognised. Save it from Excel as &quot;CSV UTF-8&quot; or as an Excel workbook (%1) and try again.</translation>
    </message>
    <message>
        <source>The licence allows at most %1 active agent users; %2 are active and %3 more were asked for.</source>
        <translation>The licence allows at most %1 active agent users; %2 are active and %3 more were asked for.</translation>
    </message>
    <message>
        <source>The licence allows at most %1 active customer users; %2 are active and %3 more were asked for.</source>
        <translation>The licence allows at most %1 active customer users; %2 are active and %3 more were asked for.</translation>
    </message>
    <message>
        <source>More active agent users than the licence allows: it allows %1.</source>
        <translation>More active agent users than the licence allows: it allows %1.</translation>
    </message>
    <message>
        <source>More active customer users than the licence allows: it allows %1.</source>
        <translation>More active customer users than the licence allows: it allows %1.</translation>
    </message>
    <message>
        <source>Usage: vafa users import FILE --store DB [--mode add|update|upsert] [--kind customer|agent]
       [--username column|customer-number|mobile|email|pattern:PREFIX] [--password random|column]
       [--fill-only-empty] [--inactive] [--errors OUT] [--credentials OUT] [--dry-run]</source>
        <translation>Usage: vafa users import FILE --store DB [--mode add|update|upsert] [--kind customer|agent]
       [--username column|customer-number|mobile|email|pattern:PREFIX] [--password random|column]
       [--fill-only-empty] [--inactive] [--errors OUT] [--credentials OUT] [--dry-run]</translation>
    </message>
</context>
<context>
    <name>ClubConfiguration</name>
    <message>
        <source>You do not have permission to change these settings. Ask an administrator.</source>
        <translation>You do not have permission to change these settings. Ask an administrator.</translation>
    </message>
    <message>
        <source>The settings could not be saved. Nothing was changed.</source>
        <translation>The settings could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>The licence does not include the agent club, so it cannot be turned on.</source>
        <translation>The licence does not include the agent club, so it cannot be turned on.</translation>
    </message>
    <message>
        <source>The licence does not include the customer club, so it cannot be turned on.</source>
        <translation>The licence does not include the customer club, so it cannot be turned on.</translation>
    </message>
</context>
<context>
    <name>ClubDashboardPage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Account balance</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>%1 owed</source>
        <translation>%1 owed</translation>
    </message>
    <message>
        <source>%1 in credit</source>
        <translation>%1 in credit</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Earned %1, spent %2, expired %3</source>
        <translation>Earned %1, spent %2, expired %3</translation>
    </message>
    <message>
        <source>Steps waiting for you</source>
        <translation>Steps waiting for you</translation>
    </message>
    <message>
        <source>Latest approved documents</source>
        <translation>Latest approved documents</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClubFlagsMatrixModel</name>
    <message>
        <source>Item type</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>Customers
create</source>
        <translation>Customers
create</translation>
    </message>
    <message>
        <source>Customers
view</source>
        <translation>Customers
view</translation>
    </message>
    <message>
        <source>Customers
see custom fields</source>
        <translation>Customers
see custom fields</translation>
    </message>
    <message>
        <source>Agents
create</source>
        <translation>Agents
create</translation>
    </message>
    <message>
        <source>Agents
view</source>
        <translation>Agents
view</translation>
    </message>
    <message>
        <source>Agents
see custom fields</source>
        <translation>Agents
see custom fields</translation>
    </message>
</context>
<context>
    <name>ClubSettingsPage</name>
    <message>
        <source>Club settings</source>
        <translation>Club settings</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Customer club</source>
        <translation>Customer club</translation>
    </message>
    <message>
        <source>Agent club</source>
        <translation>Agent club</translation>
    </message>
    <message>
        <source>The two clubs are separate modules: turning one on does not turn on the other.</source>
        <translation>The two clubs are separate modules: turning one on does not turn on the other.</translation>
    </message>
    <message>
        <source>Active customer club users:</source>
        <translation>Active customer club users:</translation>
    </message>
    <message>
        <source>Active agent club users:</source>
        <translation>Active agent club users:</translation>
    </message>
    <message>
        <source>Default categories</source>
        <translation>Default categories</translation>
    </message>
    <message>
        <source>New &amp;customers are saved in:</source>
        <translation>New &amp;customers are saved in:</translation>
    </message>
    <message>
        <source>New &amp;agents are saved in:</source>
        <translation>New &amp;agents are saved in:</translation>
    </message>
    <message>
        <source>Identities &amp;agents create are saved in:</source>
        <translation>Identities &amp;agents create are saved in:</translation>
    </message>
    <message>
        <source>Self-registration</source>
        <translation>Self-registration</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Customers may register themselves in the club</source>
        <translation>Customers may register themselves in the club</translation>
    </message>
    <message>
        <source>Hide the account balance on the club dashboard</source>
        <translation>Hide the account balance on the club dashboard</translation>
    </message>
    <message>
        <source>Fields required at registration:</source>
        <translation>Fields required at registration:</translation>
    </message>
    <message>
        <source>Identity types a new member may choose:</source>
        <translation>Identity types a new member may choose:</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Agents may register themselves in the club</source>
        <translation>Agents may register themselves in the club</translation>
    </message>
    <message>
        <source>Password and sign-in</source>
        <translation>Password and sign-in</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Passwords</translation>
    </message>
    <message>
        <source>&amp;Minimum length:</source>
        <translation>&amp;Minimum length:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <source>Require an upper-case letter, a lower-case letter and a digit</source>
        <translation>Require an upper-case letter, a lower-case letter and a digit</translation>
    </message>
    <message>
        <source>Passwords &amp;expire after:</source>
        <translation>Passwords &amp;expire after:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Users must change their password at first sign-in</source>
        <translation>Users must change their password at first sign-in</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>&amp;Lock the account after:</source>
        <translation>&amp;Lock the account after:</translation>
    </message>
    <message>
        <source>Never lock</source>
        <translation>Never lock</translation>
    </message>
    <message>
        <source> failed attempts</source>
        <translation> failed attempts</translation>
    </message>
    <message>
        <source>&amp;Session stays valid for:</source>
        <translation>&amp;Session stays valid for:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Club dashboard</source>
        <translation>Club dashboard</translation>
    </message>
    <message>
        <source>&amp;Language of the text:</source>
        <translation>&amp;Language of the text:</translation>
    </message>
    <message>
        <source>One design serves both the customer and the agent panel. Enter the text in each language.</source>
        <translation>One design serves both the customer and the agent panel. Enter the text in each language.</translation>
    </message>
    <message>
        <source>Banner (top of the club dashboard):</source>
        <translation>Banner (top of the club dashboard):</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>Footer:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Customers can register themselves only when new customers have a default category. Choose one under Default categories.</source>
        <translation>Customers can register themselves only when new customers have a default category. Choose one under Default categories.</translation>
    </message>
    <message>
        <source>Choose at least one identity type that self-registering customers may pick.</source>
        <translation>Choose at least one identity type that self-registering customers may pick.</translation>
    </message>
    <message>
        <source>Choose at least one identity type that self-registering agents may pick.</source>
        <translation>Choose at least one identity type that self-registering agents may pick.</translation>
    </message>
    <message>
        <source>A complex password has an upper-case letter, a lower-case letter and a digit, so the minimum length must be at least 3.</source>
        <translation>A complex password has an upper-case letter, a lower-case letter and a digit, so the minimum length must be at least 3.</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (no limit)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>A lock-out &amp;lasts:</source>
        <translation>A lock-out &amp;lasts:</translation>
    </message>
    <message>
        <source>After this time the account opens again by itself; an administrator can unlock it sooner.</source>
        <translation>After this time the account opens again by itself; an administrator can unlock it sooner.</translation>
    </message>
    <message>
        <source>Modules and licence</source>
        <translation>Modules and licence</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licensed to:</source>
        <translation>Licensed to:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Modules:</translation>
    </message>
    <message>
        <source>Valid through:</source>
        <translation>Valid through:</translation>
    </message>
    <message>
        <source>Install licence…</source>
        <translation>Install licence…</translation>
    </message>
    <message>
        <source>A licence from the vendor is installed and in force.</source>
        <translation>A licence from the vendor is installed and in force.</translation>
    </message>
    <message>
        <source>The installed licence is not in force: %1 The standard edition&apos;s limits apply.</source>
        <translation>The installed licence is not in force: %1 The standard edition&apos;s limits apply.</translation>
    </message>
    <message>
        <source>%1 (national ID %2)</source>
        <translation>%1 (national ID %2)</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The licence does not include this module.</source>
        <translation>The licence does not include this module.</translation>
    </message>
    <message>
        <source>Install licence</source>
        <translation>Install licence</translation>
    </message>
    <message>
        <source>Vafa licences (*.vafa-licence);;All files (*)</source>
        <translation>Vafa licences (*.vafa-licence);;All files (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The licence was not installed. %1</source>
        <translation>The licence was not installed. %1</translation>
    </message>
    <message>
        <source>The licence for %1 is installed and valid through %2.</source>
        <translation>The licence for %1 is installed and valid through %2.</translation>
    </message>
    <message>
        <source>%1 (%2 days from today)</source>
        <translation>%1 (%2 days from today)</translation>
    </message>
    <message>
        <source>%1; the licence does not include this club</source>
        <translation>%1; the licence does not include this club</translation>
    </message>
</context>
<context>
    <name>CompanyAdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>This account may do everything; it adds the other staff users afterwards.</source>
        <translation>This account may do everything; it adds the other staff users afterwards.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>L&amp;ast name:</source>
        <translation>L&amp;ast name:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Company &amp;file:</source>
        <translation>Company &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>CompanyInitCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>--store, --name, --admin and --admin-password-file are all needed.</source>
        <translation>--store, --name, --admin and --admin-password-file are all needed.</translation>
    </message>
    <message>
        <source>The only preset is “standard”.</source>
        <translation>The only preset is “standard”.</translation>
    </message>
    <message>
        <source>The password file cannot be read: %1</source>
        <translation>The password file cannot be read: %1</translation>
    </message>
    <message>
        <source>Usage: vafa company init --store FILE --name NAME --admin USER --admin-password-file F
       [--person] [--national-id ID] [--economic-code CODE] [--registration-number N]
       [--postal-code CODE] [--address TEXT] [--phone PHONE] [--logo IMAGE] [--seal IMAGE]
       [--money-unit rial|toman] [--vat PERCENT] [--bank NAME] [--bank-account NUMBER] [--iban IBAN]
       [--preset standard]
Exit codes: 0 created, 2 usage, 3 cannot create or open the file, 4 refused or not written.</source>
        <translation>Usage: vafa company init --store FILE --name NAME --admin USER --admin-password-file F
       [--person] [--national-id ID] [--economic-code CODE] [--registration-number N]
       [--postal-code CODE] [--address TEXT] [--phone PHONE] [--logo IMAGE] [--seal IMAGE]
       [--money-unit rial|toman] [--vat PERCENT] [--bank NAME] [--bank-account NUMBER] [--iban IBAN]
       [--preset standard]
Exit codes: 0 created, 2 usage, 3 cannot create or open the file, 4 refused or not written.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read: %2</source>
        <translation>The image %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>--money-unit is rial or toman.</source>
        <translation>--money-unit is rial or toman.</translation>
    </message>
    <message>
        <source>--vat is a percentage such as 10.</source>
        <translation>--vat is a percentage such as 10.</translation>
    </message>
</context>
<context>
    <name>CompanyInvoicePage</name>
    <message>
        <source>Invoices and money</source>
        <translation>Invoices and money</translation>
    </message>
    <message>
        <source>The logo and the seal print on invoices, receipts and contracts; amounts are kept in rials and shown the way the company counts.</source>
        <translation>The logo and the seal print on invoices, receipts and contracts; amounts are kept in rials and shown the way the company counts.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Seal and signature:</source>
        <translation>Seal and signature:</translation>
    </message>
    <message>
        <source>Show amounts in:</source>
        <translation>Show amounts in:</translation>
    </message>
    <message>
        <source>Default VAT:</source>
        <translation>Default VAT:</translation>
    </message>
    <message>
        <source>The company&apos;s bank account (can be completed later under finance)</source>
        <translation>The company&apos;s bank account (can be completed later under finance)</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Account number:</translation>
    </message>
    <message>
        <source>IBAN (Sheba):</source>
        <translation>IBAN (Sheba):</translation>
    </message>
    <message>
        <source>Rial</source>
        <translation>Rial</translation>
    </message>
    <message>
        <source>Toman (ten rials)</source>
        <translation>Toman (ten rials)</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>Enter the company&apos;s legal name.</source>
        <translation>Enter the company&apos;s legal name.</translation>
    </message>
    <message>
        <source>Only a system administrator may change the company&apos;s profile.</source>
        <translation>Only a system administrator may change the company&apos;s profile.</translation>
    </message>
    <message>
        <source>The company&apos;s profile could not be saved. Nothing was changed.</source>
        <translation>The company&apos;s profile could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100 percent.</source>
        <translation>The VAT rate must be between 0 and 100 percent.</translation>
    </message>
    <message>
        <source>An image for the invoice may be at most %1 KB; choose a smaller one.</source>
        <translation>An image for the invoice may be at most %1 KB; choose a smaller one.</translation>
    </message>
</context>
<context>
    <name>CompanyProfileEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>The company&apos;s profile, as the official invoice prints it.</source>
        <translation>The company&apos;s profile, as the official invoice prints it.</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <source>The installed licence names the national ID %1. With another national ID it no longer applies and the standard edition&apos;s limits return until a licence for the new ID is installed. Change the national ID anyway?</source>
        <translation>The installed licence names the national ID %1. With another national ID it no longer applies and the standard edition&apos;s limits return until a licence for the new ID is installed. Change the national ID anyway?</translation>
    </message>
</context>
<context>
    <name>CompanyProfilePage</name>
    <message>
        <source>The company</source>
        <translation>The company</translation>
    </message>
    <message>
        <source>As it is printed on the official invoice. Everything but the name can be completed later.</source>
        <translation>As it is printed on the official invoice. Everything but the name can be completed later.</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Legal name:</translation>
    </message>
    <message>
        <source>&amp;National ID:</source>
        <translation>&amp;National ID:</translation>
    </message>
    <message>
        <source>&amp;Economic code:</source>
        <translation>&amp;Economic code:</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>&amp;Registration number:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Seller is:</source>
        <translation>Seller is:</translation>
    </message>
    <message>
        <source>An organisation (legal entity)</source>
        <translation>An organisation (legal entity)</translation>
    </message>
    <message>
        <source>A person (sole trader)</source>
        <translation>A person (sole trader)</translation>
    </message>
</context>
<context>
    <name>CompanySetup</name>
    <message>
        <source>This file already holds a company. A new company needs a new file.</source>
        <translation>This file already holds a company. A new company needs a new file.</translation>
    </message>
    <message>
        <source>The company could not be created. Nothing was saved.</source>
        <translation>The company could not be created. Nothing was saved.</translation>
    </message>
    <message>
        <source>Company profile: %1</source>
        <translation>Company profile: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n numbering patterns</source>
        <translation>
            <numerusform>%n numbering patterns</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item types</source>
        <translation>
            <numerusform>%n item types</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity subtypes</source>
        <translation>
            <numerusform>%n identity subtypes</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Created by agents</source>
        <translation>Created by agents</translation>
    </message>
    <message>
        <source>Categories: customers, agents, created by agents</source>
        <translation>Categories: customers, agents, created by agents</translation>
    </message>
    <message>
        <source>Cash box</source>
        <translation>Cash box</translation>
    </message>
    <message>
        <source>Staff groups: administrators, finance, customer affairs, club administration</source>
        <translation>Staff groups: administrators, finance, customer affairs, club administration</translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <translation>Administrator: %1</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Account at %1</source>
        <translation>Account at %1</translation>
    </message>
    <message>
        <source>A cash box and the bank account %1</source>
        <translation>A cash box and the bank account %1</translation>
    </message>
    <message>
        <source>A cash box and a bank account to complete under finance (no IBAN yet)</source>
        <translation>A cash box and a bank account to complete under finance (no IBAN yet)</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Connected: the server answered and holds a Vafa company.</source>
        <translation>Connected: the server answered and holds a Vafa company.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check its address and port, and that this computer is on the company&apos;s network.</source>
        <translation>The server could not be reached. Check its address and port, and that this computer is on the company&apos;s network.</translation>
    </message>
    <message>
        <source>The server does not accept encrypted (TLS) connections, and this connection requires one. Ask the server&apos;s administrator to turn TLS on.</source>
        <translation>The server does not accept encrypted (TLS) connections, and this connection requires one. Ask the server&apos;s administrator to turn TLS on.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not belong to this address: it was made for another server. The connection was not made.</source>
        <translation>The server&apos;s certificate does not belong to this address: it was made for another server. The connection was not made.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the company&apos;s certificate authority. The connection was not made.</source>
        <translation>The server&apos;s certificate is not signed by the company&apos;s certificate authority. The connection was not made.</translation>
    </message>
    <message>
        <source>The certificate authority file could not be read.</source>
        <translation>The certificate authority file could not be read.</translation>
    </message>
    <message>
        <source>The server refuses this connection: it may require TLS, or not accept this computer or user.</source>
        <translation>The server refuses this connection: it may require TLS, or not accept this computer or user.</translation>
    </message>
    <message>
        <source>The server refused the user or the password of this connection.</source>
        <translation>The server refused the user or the password of this connection.</translation>
    </message>
    <message>
        <source>The server has no database of that name.</source>
        <translation>The server has no database of that name.</translation>
    </message>
    <message>
        <source>This database holds no Vafa company. Its administrator prepares it with «vafa server init».</source>
        <translation>This database holds no Vafa company. Its administrator prepares it with «vafa server init».</translation>
    </message>
    <message>
        <source>The company&apos;s server runs a newer version of Vafa. Update Vafa on this computer to connect.</source>
        <translation>The company&apos;s server runs a newer version of Vafa. Update Vafa on this computer to connect.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>The connection failed.</translation>
    </message>
</context>
<context>
    <name>ConnectionChooser</name>
    <message>
        <source>Connections to company servers</source>
        <translation>Connections to company servers</translation>
    </message>
    <message>
        <source>Choose the server to connect to (double-click to connect).</source>
        <translation>Choose the server to connect to (double-click to connect).</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Remove connection</translation>
    </message>
    <message>
        <source>Remove the connection «%1» from this computer? The server and its data are not touched.</source>
        <translation>Remove the connection «%1» from this computer? The server and its data are not touched.</translation>
    </message>
    <message>
        <source>No connection yet: add one with «New…», with the details the server&apos;s administrator gives you.</source>
        <translation>No connection yet: add one with «New…», with the details the server&apos;s administrator gives you.</translation>
    </message>
    <message>
        <source>encrypted, certificate checked</source>
        <translation>encrypted, certificate checked</translation>
    </message>
    <message>
        <source>encrypted, certificate not checked</source>
        <translation>encrypted, certificate not checked</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <source>%1 as %2 (%3)</source>
        <translation>%1 as %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Give the connection a name.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Enter the server&apos;s address.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>The port is a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the company&apos;s database.</source>
        <translation>Enter the name of the company&apos;s database.</translation>
    </message>
    <message>
        <source>Enter the database user workstations connect as.</source>
        <translation>Enter the database user workstations connect as.</translation>
    </message>
    <message>
        <source>Choose the company&apos;s certificate authority file, or do not verify the certificate.</source>
        <translation>Choose the company&apos;s certificate authority file, or do not verify the certificate.</translation>
    </message>
    <message>
        <source>The certificate file&apos;s path may not contain «;».</source>
        <translation>The certificate file&apos;s path may not contain «;».</translation>
    </message>
    <message>
        <source>The certificate authority file cannot be read: %1</source>
        <translation>The certificate authority file cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileDialog</name>
    <message>
        <source>Connection to the company&apos;s server</source>
        <translation>Connection to the company&apos;s server</translation>
    </message>
    <message>
        <source>Ask the company&apos;s server administrator for these details. The password is kept only in this computer&apos;s keychain.</source>
        <translation>Ask the company&apos;s server administrator for these details. The password is kept only in this computer&apos;s keychain.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>e.g. Head office</source>
        <translation>e.g. Head office</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Database user:</source>
        <translation>Database user:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keychain</source>
        <translation>Keep the password in this computer&apos;s keychain</translation>
    </message>
    <message>
        <source>Encryption (TLS):</source>
        <translation>Encryption (TLS):</translation>
    </message>
    <message>
        <source>Certificate authority file:</source>
        <translation>Certificate authority file:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Encrypted, and the certificate checked against the company&apos;s authority (recommended)</source>
        <translation>Encrypted, and the certificate checked against the company&apos;s authority (recommended)</translation>
    </message>
    <message>
        <source>Encrypted, the certificate not checked</source>
        <translation>Encrypted, the certificate not checked</translation>
    </message>
    <message>
        <source>Not encrypted (only inside a trusted network)</source>
        <translation>Not encrypted (only inside a trusted network)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New connection to the company&apos;s server</source>
        <translation>New connection to the company&apos;s server</translation>
    </message>
    <message>
        <source>Connection «%1»</source>
        <translation>Connection «%1»</translation>
    </message>
    <message>
        <source>The company&apos;s certificate authority</source>
        <translation>The company&apos;s certificate authority</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>Another connection is already called «%1».</source>
        <translation>Another connection is already called «%1».</translation>
    </message>
</context>
<context>
    <name>CredentialLetters</name>
    <message>
        <source>The letters cannot be written next to %1: %2</source>
        <translation>The letters cannot be written next to %1: %2</translation>
    </message>
    <message>
        <source>The letters could not be saved as %1.</source>
        <translation>The letters could not be saved as %1.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsModel</name>
    <message>
        <source>Field name</source>
        <translation>Field name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>DefineUserDialog</name>
    <message>
        <source>Define club user</source>
        <translation>Define club user</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identity:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>The account is &amp;active</source>
        <translation>The account is &amp;active</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Sales document</source>
        <translation>Sales document</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>New document</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Issue date:</source>
        <translation>&amp;Issue date:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Given by the numbering pattern</source>
        <translation>Given by the numbering pattern</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>Returned &amp;invoice:</source>
        <translation>Returned &amp;invoice:</translation>
    </message>
    <message>
        <source>The approved invoice this returns</source>
        <translation>The approved invoice this returns</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>From / to:</source>
        <translation>From / to:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>Unit p&amp;rice:</source>
        <translation>Unit p&amp;rice:</translation>
    </message>
    <message>
        <source>Dis&amp;count:</source>
        <translation>Dis&amp;count:</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>&amp;Change line</source>
        <translation>&amp;Change line</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>Remo&amp;ve line</translation>
    </message>
    <message>
        <source>Surcharges</source>
        <translation>Surcharges</translation>
    </message>
    <message>
        <source>Add s&amp;urcharge</source>
        <translation>Add s&amp;urcharge</translation>
    </message>
    <message>
        <source>Remove surcharge</source>
        <translation>Remove surcharge</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Discount:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Tax:</translation>
    </message>
    <message>
        <source>Levy:</source>
        <translation>Levy:</translation>
    </message>
    <message>
        <source>Surcharges:</source>
        <translation>Surcharges:</translation>
    </message>
    <message>
        <source>Payable:</source>
        <translation>Payable:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Levy</source>
        <translation>Levy</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Taxable</translation>
    </message>
    <message>
        <source>Typing a number by hand needs the numbering permission.</source>
        <translation>Typing a number by hand needs the numbering permission.</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <source> (financial)</source>
        <translation> (financial)</translation>
    </message>
    <message>
        <source> (legal)</source>
        <translation> (legal)</translation>
    </message>
    <message>
        <source>The document was not found.</source>
        <translation>The document was not found.</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Choose the customer first.</translation>
    </message>
    <message>
        <source>Choose the returned invoice</source>
        <translation>Choose the returned invoice</translation>
    </message>
    <message>
        <source>This type is not numbered</source>
        <translation>This type is not numbered</translation>
    </message>
    <message>
        <source>Choose a product or type what the line is for.</source>
        <translation>Choose a product or type what the line is for.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>Choose the customer.</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Amount (%1)</translation>
    </message>
</context>
<context>
    <name>DuplicateWarningDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Why it looks the same</source>
        <translation>Why it looks the same</translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation>Go back and check</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies) already in the database look like this one. Save anyway only if it is a different person or organisation; otherwise go back and open the existing one.</source>
        <translation>
            <numerusform>%n identity(ies) already in the database look like this one. Save anyway only if it is a different person or organisation; otherwise go back and open the existing one.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finance</name>
    <message>
        <source>A surcharge taken as a percent of the final amount cannot carry tax or levy.</source>
        <translation>A surcharge taken as a percent of the final amount cannot carry tax or levy.</translation>
    </message>
    <message>
        <source>A surcharge cannot be negative.</source>
        <translation>A surcharge cannot be negative.</translation>
    </message>
    <message>
        <source>The numbering pattern is empty.</source>
        <translation>The numbering pattern is empty.</translation>
    </message>
    <message>
        <source>The separators &apos;.&apos; and &apos;+&apos; cannot be used in a numbering pattern.</source>
        <translation>The separators &apos;.&apos; and &apos;+&apos; cannot be used in a numbering pattern.</translation>
    </message>
    <message>
        <source>The numbering pattern has an unknown or incomplete token: %1</source>
        <translation>The numbering pattern has an unknown or incomplete token: %1</translation>
    </message>
    <message>
        <source>A year in a numbering pattern needs four underscores or &apos;*&apos;.</source>
        <translation>A year in a numbering pattern needs four underscores or &apos;*&apos;.</translation>
    </message>
    <message>
        <source>The numbering pattern has an unknown token: %1</source>
        <translation>The numbering pattern has an unknown token: %1</translation>
    </message>
    <message>
        <source>A sequence can have at most 18 digits.</source>
        <translation>A sequence can have at most 18 digits.</translation>
    </message>
    <message>
        <source>Each token may appear only once in a numbering pattern.</source>
        <translation>Each token may appear only once in a numbering pattern.</translation>
    </message>
    <message>
        <source>Two tokens of a numbering pattern must be separated, for example by &apos;-&apos; or &apos;/&apos;.</source>
        <translation>Two tokens of a numbering pattern must be separated, for example by &apos;-&apos; or &apos;/&apos;.</translation>
    </message>
    <message>
        <source>A numbering pattern needs a sequence token, {*(AN)} or {___(AN)}.</source>
        <translation>A numbering pattern needs a sequence token, {*(AN)} or {___(AN)}.</translation>
    </message>
    <message>
        <source>The document was not found.</source>
        <translation>The document was not found.</translation>
    </message>
    <message>
        <source>The receipt was not found.</source>
        <translation>The receipt was not found.</translation>
    </message>
    <message>
        <source>The item type of this item was not found.</source>
        <translation>The item type of this item was not found.</translation>
    </message>
    <message>
        <source>Editing an item after numbering, approval or rejection needs the permission “Edit after numbering, approval or rejection” or finance manager.</source>
        <translation>Editing an item after numbering, approval or rejection needs the permission “Edit after numbering, approval or rejection” or finance manager.</translation>
    </message>
    <message>
        <source>Deleting an item after numbering, approval or rejection needs the permission “Delete after numbering, approval or rejection” or finance manager.</source>
        <translation>Deleting an item after numbering, approval or rejection needs the permission “Delete after numbering, approval or rejection” or finance manager.</translation>
    </message>
    <message>
        <source>This invoice has approved return invoices; it cannot be deleted.</source>
        <translation>This invoice has approved return invoices; it cannot be deleted.</translation>
    </message>
    <message>
        <source>The item is already approved.</source>
        <translation>The item is already approved.</translation>
    </message>
    <message>
        <source>The item was rejected; return it to pending first.</source>
        <translation>The item was rejected; return it to pending first.</translation>
    </message>
    <message>
        <source>Approving or rejecting this item needs the approval permission.</source>
        <translation>Approving or rejecting this item needs the approval permission.</translation>
    </message>
    <message>
        <source>The item already has a number.</source>
        <translation>The item already has a number.</translation>
    </message>
    <message>
        <source>This item type has no numbering pattern.</source>
        <translation>This item type has no numbering pattern.</translation>
    </message>
    <message>
        <source>A rejected item is not numbered.</source>
        <translation>A rejected item is not numbered.</translation>
    </message>
    <message>
        <source>This item type numbers items once they are approved.</source>
        <translation>This item type numbers items once they are approved.</translation>
    </message>
    <message>
        <source>Numbering needs the numbering permission.</source>
        <translation>Numbering needs the numbering permission.</translation>
    </message>
    <message>
        <source>The item has no number yet.</source>
        <translation>The item has no number yet.</translation>
    </message>
    <message>
        <source>Changing a number needs the permission “Edit the number after numbering” or finance manager.</source>
        <translation>Changing a number needs the permission “Edit the number after numbering” or finance manager.</translation>
    </message>
    <message>
        <source>The item is already pending.</source>
        <translation>The item is already pending.</translation>
    </message>
    <message>
        <source>Returning an item to pending needs the permission “Back to pending approval” or finance manager.</source>
        <translation>Returning an item to pending needs the permission “Back to pending approval” or finance manager.</translation>
    </message>
    <message>
        <source>This invoice has approved return invoices; it cannot go back to pending.</source>
        <translation>This invoice has approved return invoices; it cannot go back to pending.</translation>
    </message>
    <message>
        <source>Choose who the item is related to.</source>
        <translation>Choose who the item is related to.</translation>
    </message>
    <message>
        <source>A lead cannot have financial items.</source>
        <translation>A lead cannot have financial items.</translation>
    </message>
    <message>
        <source>A return invoice must name the approved invoice it returns.</source>
        <translation>A return invoice must name the approved invoice it returns.</translation>
    </message>
    <message>
        <source>A return invoice can be issued only against an approved invoice.</source>
        <translation>A return invoice can be issued only against an approved invoice.</translation>
    </message>
    <message>
        <source>A return invoice must be for the customer of the invoice it returns.</source>
        <translation>A return invoice must be for the customer of the invoice it returns.</translation>
    </message>
    <message>
        <source>The returns against invoice %1 would be more than the invoice.</source>
        <translation>The returns against invoice %1 would be more than the invoice.</translation>
    </message>
    <message>
        <source>The chosen account does not accept this payment method.</source>
        <translation>The chosen account does not accept this payment method.</translation>
    </message>
    <message>
        <source>A club payment is numbered by the company.</source>
        <translation>A club payment is numbered by the company.</translation>
    </message>
    <message>
        <source>Choose a proforma, invoice, return invoice or contract type.</source>
        <translation>Choose a proforma, invoice, return invoice or contract type.</translation>
    </message>
    <message>
        <source>Typing a number by hand needs the numbering permission.</source>
        <translation>Typing a number by hand needs the numbering permission.</translation>
    </message>
    <message>
        <source>The invoice cannot be less than what has been returned against it.</source>
        <translation>The invoice cannot be less than what has been returned against it.</translation>
    </message>
    <message>
        <source>Choose a receipt or payment type.</source>
        <translation>Choose a receipt or payment type.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>A rejection needs a reason; the customer sees it.</source>
        <translation>A rejection needs a reason; the customer sees it.</translation>
    </message>
    <message>
        <source>The number could not be saved.</source>
        <translation>The number could not be saved.</translation>
    </message>
    <message numerus="yes">
        <source>The initial value does not fit the %n digits of the sequence.</source>
        <translation>
            <numerusform>The initial value does not fit the %n digit of the sequence.</numerusform>
            <numerusform>The initial value does not fit the %n digits of the sequence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current last value does not fit the %n digits of the sequence.</source>
        <translation>
            <numerusform>The current last value does not fit the %n digit of the sequence.</numerusform>
            <numerusform>The current last value does not fit the %n digits of the sequence.</numerusform>
        </translation>
    </message>
    <message>
        <source>The numbering pattern was not found.</source>
        <translation>The numbering pattern was not found.</translation>
    </message>
    <message>
        <source>The pattern has numbered items; it can no longer be changed.</source>
        <translation>The pattern has numbered items; it can no longer be changed.</translation>
    </message>
    <message>
        <source>The numbering pattern «%1» has used up its range: it cannot issue a number after %2. Widen its sequence or start a new pattern.</source>
        <translation>The numbering pattern «%1» has used up its range: it cannot issue a number after %2. Widen its sequence or start a new pattern.</translation>
    </message>
    <message>
        <source>The numbering pattern «%1» could not find a free number.</source>
        <translation>The numbering pattern «%1» could not find a free number.</translation>
    </message>
    <message>
        <source>The number %1 does not follow the numbering pattern %2.</source>
        <translation>The number %1 does not follow the numbering pattern %2.</translation>
    </message>
    <message>
        <source>The year of a number must be from 1357 to %1.</source>
        <translation>The year of a number must be from 1357 to %1.</translation>
    </message>
    <message>
        <source>The year of a number must be from 1978 to %1.</source>
        <translation>The year of a number must be from 1978 to %1.</translation>
    </message>
    <message>
        <source>The number %1 is already used by another item of this numbering pattern.</source>
        <translation>The number %1 is already used by another item of this numbering pattern.</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>The change could not be saved. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>FinanceFormat</name>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>%1 %2 of %3 — %4</source>
        <translation>%1 %2 of %3 — %4</translation>
    </message>
    <message>
        <source>New — saved as pending unless its type approves automatically</source>
        <translation>New — saved as pending unless its type approves automatically</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Numbered, waiting for approval</source>
        <translation>Numbered, waiting for approval</translation>
    </message>
    <message>
        <source>Approved, waiting for a number</source>
        <translation>Approved, waiting for a number</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
</context>
<context>
    <name>FinancePages</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Everything waiting</source>
        <translation>Everything waiting</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Taxed</source>
        <translation>Taxed</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;New document…</source>
        <translation>&amp;New document…</translation>
    </message>
    <message>
        <source>Print &amp;all in this list…</source>
        <translation>Print &amp;all in this list…</translation>
    </message>
    <message>
        <source>&amp;New receipt…</source>
        <translation>&amp;New receipt…</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Balances</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;New product…</translation>
    </message>
    <message>
        <source>Print templates</source>
        <translation>Print templates</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Cash box</source>
        <translation>Cash box</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Card to card</source>
        <translation>Card to card</translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation>Cash deposit</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bank accounts</translation>
    </message>
    <message>
        <source>Cash boxes</source>
        <translation>Cash boxes</translation>
    </message>
    <message>
        <source>Financial accounts</source>
        <translation>Financial accounts</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>Ac&amp;tivate or deactivate</source>
        <translation>Ac&amp;tivate or deactivate</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete this account? It disappears from new receipts and from the club.</source>
        <translation>Delete this account? It disappears from new receipts and from the club.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Initial value</source>
        <translation>Initial value</translation>
    </message>
    <message>
        <source>Yearly restart</source>
        <translation>Yearly restart</translation>
    </message>
    <message>
        <source>Current last value</source>
        <translation>Current last value</translation>
    </message>
    <message>
        <source>Numbering patterns</source>
        <translation>Numbering patterns</translation>
    </message>
    <message>
        <source>&amp;New numbering pattern…</source>
        <translation>&amp;New numbering pattern…</translation>
    </message>
    <message>
        <source>Delete this numbering pattern?</source>
        <translation>Delete this numbering pattern?</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Amount (%1)</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Price (%1)</translation>
    </message>
</context>
<context>
    <name>FinancialAccountEditor</name>
    <message>
        <source>Financial account</source>
        <translation>Financial account</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>For example: Mellat current account</source>
        <translation>For example: Mellat current account</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Holder:</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Bank details</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Bank:</translation>
    </message>
    <message>
        <source>Account n&amp;umber:</source>
        <translation>Account n&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;IBAN (Sheba):</source>
        <translation>&amp;IBAN (Sheba):</translation>
    </message>
    <message>
        <source>&amp;Card number:</source>
        <translation>&amp;Card number:</translation>
    </message>
    <message>
        <source>How club users may pay into it</source>
        <translation>How club users may pay into it</translation>
    </message>
    <message>
        <source>Card to card</source>
        <translation>Card to card</translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation>Cash deposit</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>Online payment</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>&amp;Merchant code:</source>
        <translation>&amp;Merchant code:</translation>
    </message>
    <message>
        <source>&amp;Active (offered on new receipts and in the club)</source>
        <translation>&amp;Active (offered on new receipts and in the club)</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Cash box</source>
        <translation>Cash box</translation>
    </message>
    <message>
        <source>Choose a gateway</source>
        <translation>Choose a gateway</translation>
    </message>
    <message>
        <source>Financial account: %1</source>
        <translation>Financial account: %1</translation>
    </message>
    <message>
        <source>New financial account</source>
        <translation>New financial account</translation>
    </message>
</context>
<context>
    <name>FinancialAccountService</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>ZarinPal</source>
        <translation>ZarinPal</translation>
    </message>
    <message>
        <source>Choose the online payment gateway of this account.</source>
        <translation>Choose the online payment gateway of this account.</translation>
    </message>
    <message>
        <source>Enter the merchant code ZarinPal gave the company.</source>
        <translation>Enter the merchant code ZarinPal gave the company.</translation>
    </message>
    <message>
        <source>A ZarinPal merchant code has 36 characters, like %1.</source>
        <translation>A ZarinPal merchant code has 36 characters, like %1.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Give the account a name.</translation>
    </message>
    <message>
        <source>A bank account needs its account number or its IBAN (Sheba).</source>
        <translation>A bank account needs its account number or its IBAN (Sheba).</translation>
    </message>
    <message>
        <source>The account number may hold digits and the separators - . / only.</source>
        <translation>The account number may hold digits and the separators - . / only.</translation>
    </message>
    <message>
        <source>Card-to-card payments need the account&apos;s card number.</source>
        <translation>Card-to-card payments need the account&apos;s card number.</translation>
    </message>
    <message>
        <source>The account could not be saved. Nothing was changed.</source>
        <translation>The account could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>Only the finance manager or an administrator may change the financial accounts.</source>
        <translation>Only the finance manager or an administrator may change the financial accounts.</translation>
    </message>
    <message>
        <source>This account no longer exists; it may have been deleted meanwhile.</source>
        <translation>This account no longer exists; it may have been deleted meanwhile.</translation>
    </message>
    <message>
        <source>Another account is already called «%1».</source>
        <translation>Another account is already called «%1».</translation>
    </message>
    <message>
        <source>Receipts were paid into «%1», so it cannot be deleted. Deactivate it instead: it then disappears from new receipts and from the club.</source>
        <translation>Receipts were paid into «%1», so it cannot be deleted. Deactivate it instead: it then disappears from new receipts and from the club.</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Only a system administrator may put the getting-started list away.</source>
        <translation>Only a system administrator may put the getting-started list away.</translation>
    </message>
</context>
<context>
    <name>GettingStartedPage</name>
    <message>
        <source>Complete the company&apos;s profile</source>
        <translation>Complete the company&apos;s profile</translation>
    </message>
    <message>
        <source>National ID, economic code, postal code and address, as the official invoice needs them.</source>
        <translation>National ID, economic code, postal code and address, as the official invoice needs them.</translation>
    </message>
    <message>
        <source>Switch the club on</source>
        <translation>Switch the club on</translation>
    </message>
    <message>
        <source>Choose the customer and agent clubs, self-registration and the password policy.</source>
        <translation>Choose the customer and agent clubs, self-registration and the password policy.</translation>
    </message>
    <message>
        <source>Give the first customers an account</source>
        <translation>Give the first customers an account</translation>
    </message>
    <message>
        <source>One at a time, or thousands at once from an Excel file.</source>
        <translation>One at a time, or thousands at once from an Excel file.</translation>
    </message>
    <message>
        <source>Issue the first invoice</source>
        <translation>Issue the first invoice</translation>
    </message>
    <message>
        <source>Approve and print it: the seller block shows the company&apos;s profile.</source>
        <translation>Approve and print it: the seller block shows the company&apos;s profile.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>&amp;Do not show this again</source>
        <translation>&amp;Do not show this again</translation>
    </message>
    <message>
        <source>Add the logo and the seal</source>
        <translation>Add the logo and the seal</translation>
    </message>
    <message>
        <source>They print on invoices, receipts and contracts; the seal only on approved ones.</source>
        <translation>They print on invoices, receipts and contracts; the seal only on approved ones.</translation>
    </message>
    <message>
        <source>Set up the bank accounts</source>
        <translation>Set up the bank accounts</translation>
    </message>
    <message>
        <source>IBAN and card number, and whether customers may pay by card transfer, deposit or online.</source>
        <translation>IBAN and card number, and whether customers may pay by card transfer, deposit or online.</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Identity type</source>
        <translation>Identity type</translation>
    </message>
    <message>
        <source>Lead or contact</source>
        <translation>Lead or contact</translation>
    </message>
    <message>
        <source>Profile type</source>
        <translation>Profile type</translation>
    </message>
    <message>
        <source>Identity subtype</source>
        <translation>Identity subtype</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Brand name</translation>
    </message>
    <message>
        <source>Manager name</source>
        <translation>Manager name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>National code or ID</source>
        <translation>National code or ID</translation>
    </message>
    <message>
        <source>Economic code</source>
        <translation>Economic code</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>Second email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Sales responsible</source>
        <translation>Sales responsible</translation>
    </message>
    <message>
        <source>Support responsible</source>
        <translation>Support responsible</translation>
    </message>
    <message>
        <source>Misc responsible</source>
        <translation>Misc responsible</translation>
    </message>
    <message>
        <source>Lead subject</source>
        <translation>Lead subject</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Lead status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation>How they found us</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The row has %1 of the %2 columns.</source>
        <translation>The row has %1 of the %2 columns.</translation>
    </message>
    <message>
        <source>You do not have permission to create or edit identities.</source>
        <translation>You do not have permission to create or edit identities.</translation>
    </message>
    <message>
        <source>The identity type «%1» must be person (حقیقی) or organisation (حقوقی).</source>
        <translation>The identity type «%1» must be person (حقیقی) or organisation (حقوقی).</translation>
    </message>
    <message>
        <source>«%1» is neither lead (سرنخ) nor contact (مخاطب).</source>
        <translation>«%1» is neither lead (سرنخ) nor contact (مخاطب).</translation>
    </message>
    <message>
        <source>The lead status «%1» is not one of نامعلوم, عدم کفایت, واجد شرایط.</source>
        <translation>The lead status «%1» is not one of نامعلوم, عدم کفایت, واجد شرایط.</translation>
    </message>
    <message>
        <source>The profile type «%1» is not known.</source>
        <translation>The profile type «%1» is not known.</translation>
    </message>
    <message>
        <source>The gender «%1» must be male (مرد) or female (زن).</source>
        <translation>The gender «%1» must be male (مرد) or female (زن).</translation>
    </message>
    <message>
        <source>The identity subtype «%1» does not exist.</source>
        <translation>The identity subtype «%1» does not exist.</translation>
    </message>
    <message>
        <source>The identity subtype «%1» is not for this identity type.</source>
        <translation>The identity subtype «%1» is not for this identity type.</translation>
    </message>
    <message>
        <source>The birth date «%1» is not a date such as 1370/05/17.</source>
        <translation>The birth date «%1» is not a date such as 1370/05/17.</translation>
    </message>
    <message>
        <source>No active staff user has the username «%1».</source>
        <translation>No active staff user has the username «%1».</translation>
    </message>
    <message>
        <source>The category «%1» does not exist.</source>
        <translation>The category «%1» does not exist.</translation>
    </message>
    <message>
        <source>The row has no customer number or national ID to find the identity by.</source>
        <translation>The row has no customer number or national ID to find the identity by.</translation>
    </message>
    <message>
        <source>No identity has the customer number or national ID %1.</source>
        <translation>No identity has the customer number or national ID %1.</translation>
    </message>
    <message>
        <source>An identity with the customer number or national ID %1 already exists.</source>
        <translation>An identity with the customer number or national ID %1 already exists.</translation>
    </message>
    <message>
        <source>A lead has no customer number; it gets one when it becomes a contact.</source>
        <translation>A lead has no customer number; it gets one when it becomes a contact.</translation>
    </message>
    <message>
        <source>The customer number %1 does not follow the subtype&apos;s numbering pattern %2.</source>
        <translation>The customer number %1 does not follow the subtype&apos;s numbering pattern %2.</translation>
    </message>
    <message>
        <source>The national ID %1 belongs to an identity with another customer number.</source>
        <translation>The national ID %1 belongs to an identity with another customer number.</translation>
    </message>
    <message>
        <source>The national ID %1 is also on line %2 of the file.</source>
        <translation>The national ID %1 is also on line %2 of the file.</translation>
    </message>
    <message>
        <source>The customer number %1 is also on line %2 of the file.</source>
        <translation>The customer number %1 is also on line %2 of the file.</translation>
    </message>
    <message>
        <source>An identity with %1 was added after the preview.</source>
        <translation>An identity with %1 was added after the preview.</translation>
    </message>
    <message>
        <source>The identity with %1 was changed or removed after the preview.</source>
        <translation>The identity with %1 was changed or removed after the preview.</translation>
    </message>
    <message>
        <source>%L1 rows changed in the database since the preview; nothing was saved. Check them and import again.</source>
        <translation>%L1 rows changed in the database since the preview; nothing was saved. Check them and import again.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was saved.</source>
        <translation>Line %1: %2 Nothing was saved.</translation>
    </message>
    <message>
        <source>Usage: vafa identities import FILE --store DB [--mode add|update|upsert] [--fill-only-empty]
       [--errors OUT] [--dry-run]
Rows already in the database are found by their customer number, or else their national ID.</source>
        <translation>Usage: vafa identities import FILE --store DB [--mode add|update|upsert] [--fill-only-empty]
       [--errors OUT] [--dry-run]
Rows already in the database are found by their customer number, or else their national ID.</translation>
    </message>
    <message>
        <source>The email address %1 is not valid.</source>
        <translation>The email address %1 is not valid.</translation>
    </message>
    <message>
        <source>The phone number %1 is not valid: use digits only, 4 to 15 of them.</source>
        <translation>The phone number %1 is not valid: use digits only, 4 to 15 of them.</translation>
    </message>
    <message>
        <source>The extension of %1 may contain digits only.</source>
        <translation>The extension of %1 may contain digits only.</translation>
    </message>
    <message>
        <source>A person needs a first or a last name.</source>
        <translation>A person needs a first or a last name.</translation>
    </message>
    <message>
        <source>An organisation needs its name.</source>
        <translation>An organisation needs its name.</translation>
    </message>
    <message>
        <source>A lead needs a subject.</source>
        <translation>A lead needs a subject.</translation>
    </message>
    <message>
        <source>Only one phone can be the default.</source>
        <translation>Only one phone can be the default.</translation>
    </message>
    <message>
        <source>An address needs a city, a street address or a postal code.</source>
        <translation>An address needs a city, a street address or a postal code.</translation>
    </message>
    <message>
        <source>Only one address can be the default.</source>
        <translation>Only one address can be the default.</translation>
    </message>
    <message>
        <source>same national ID</source>
        <translation>same national ID</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>same mobile</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The identity could not be saved. Nothing was changed.</source>
        <translation>The identity could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>The customer number %1 belongs to another identity.</source>
        <translation>The customer number %1 belongs to another identity.</translation>
    </message>
    <message>
        <source>The subtype no longer exists.</source>
        <translation>The subtype no longer exists.</translation>
    </message>
    <message>
        <source>The subtype is for organisations, not persons.</source>
        <translation>The subtype is for organisations, not persons.</translation>
    </message>
    <message>
        <source>The subtype is for persons, not organisations.</source>
        <translation>The subtype is for persons, not organisations.</translation>
    </message>
    <message>
        <source>A responsible must be an active staff user.</source>
        <translation>A responsible must be an active staff user.</translation>
    </message>
    <message>
        <source>A chosen category no longer exists.</source>
        <translation>A chosen category no longer exists.</translation>
    </message>
    <message>
        <source>The identity was not saved: %1</source>
        <translation>The identity was not saved: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The identity was not found; it may have been deleted.</source>
        <translation>The identity was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>%1 is already a contact.</source>
        <translation>%1 is already a contact.</translation>
    </message>
</context>
<context>
    <name>IdentityEditor</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Function:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Lead s&amp;ubject:</source>
        <translation>Lead s&amp;ubject:</translation>
    </message>
    <message>
        <source>Lead stat&amp;us:</source>
        <translation>Lead stat&amp;us:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <translation>Insufficient</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Su&amp;btype:</source>
        <translation>Su&amp;btype:</translation>
    </message>
    <message>
        <source>&amp;Profile type:</source>
        <translation>&amp;Profile type:</translation>
    </message>
    <message>
        <source>Customer n&amp;umber:</source>
        <translation>Customer n&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>Organisation &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Brand name:</source>
        <translation>&amp;Brand name:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Birth &amp;date:</translation>
    </message>
    <message>
        <source>&amp;National code:</source>
        <translation>&amp;National code:</translation>
    </message>
    <message>
        <source>&amp;Economic code:</source>
        <translation>&amp;Economic code:</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>&amp;Registration number:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>Second ema&amp;il:</source>
        <translation>Second ema&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Phones and addresses</source>
        <translation>Phones and addresses</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Country code</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add &amp;phone</source>
        <translation>Add &amp;phone</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Remove phone</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Add &amp;address</source>
        <translation>Add &amp;address</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Remove address</translation>
    </message>
    <message>
        <source>Categories and responsibles</source>
        <translation>Categories and responsibles</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>Cate&amp;gories:</translation>
    </message>
    <message>
        <source>&amp;Sales responsible:</source>
        <translation>&amp;Sales responsible:</translation>
    </message>
    <message>
        <source>Su&amp;pport responsible:</source>
        <translation>Su&amp;pport responsible:</translation>
    </message>
    <message>
        <source>&amp;Misc responsible:</source>
        <translation>&amp;Misc responsible:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>&amp;How they found us:</source>
        <translation>&amp;How they found us:</translation>
    </message>
    <message>
        <source>Customer si&amp;nce:</source>
        <translation>Customer si&amp;nce:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Convert to contact</source>
        <translation>Convert to contact</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>No colour</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Left empty: the next number of the subtype&apos;s pattern</source>
        <translation>Left empty: the next number of the subtype&apos;s pattern</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identity: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>&amp;National ID:</source>
        <translation>&amp;National ID:</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Save or undo your changes before converting the lead.</source>
        <translation>Save or undo your changes before converting the lead.</translation>
    </message>
    <message>
        <source>The lead is now a contact.</source>
        <translation>The lead is now a contact.</translation>
    </message>
    <message>
        <source>The lead is now a contact with customer number %1.</source>
        <translation>The lead is now a contact with customer number %1.</translation>
    </message>
</context>
<context>
    <name>IdentityImportSourcePage</name>
    <message>
        <source>The file of identities</source>
        <translation>The file of identities</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file of persons and organisations, and what to do with identities that are already in the database.</source>
        <translation>Choose an .xlsx or .csv file of persons and organisations, and what to do with identities that are already in the database.</translation>
    </message>
    <message>
        <source>Path of an .xlsx or .csv file</source>
        <translation>Path of an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>The first row holds the column names. Columns named like the fields (in Persian or English: نام، نام خانوادگی، کد ملی، موبایل…) are matched automatically on the next page.</source>
        <translation>The first row holds the column names. Columns named like the fields (in Persian or English: نام، نام خانوادگی، کد ملی، موبایل…) are matched automatically on the next page.</translation>
    </message>
    <message>
        <source>Identities that already exist (same customer number, or else same national ID)</source>
        <translation>Identities that already exist (same customer number, or else same national ID)</translation>
    </message>
    <message>
        <source>&amp;Add new identities only (existing ones are skipped)</source>
        <translation>&amp;Add new identities only (existing ones are skipped)</translation>
    </message>
    <message>
        <source>&amp;Update existing identities only</source>
        <translation>&amp;Update existing identities only</translation>
    </message>
    <message>
        <source>Add new and update e&amp;xisting identities</source>
        <translation>Add new and update e&amp;xisting identities</translation>
    </message>
    <message>
        <source>When updating, fill only &amp;empty fields</source>
        <translation>When updating, fill only &amp;empty fields</translation>
    </message>
</context>
<context>
    <name>IdentityImportWizard</name>
    <message>
        <source>Identities file</source>
        <translation>Identities file</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import identities</source>
        <translation>Import identities</translation>
    </message>
    <message>
        <source>Customer number or national ID</source>
        <translation>Customer number or national ID</translation>
    </message>
</context>
<context>
    <name>IdentityPages</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identities</translation>
    </message>
    <message>
        <source>All identities</source>
        <translation>All identities</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>New &amp;organisation…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>New &amp;person…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
</context>
<context>
    <name>IdentitySubtypeDialog</name>
    <message>
        <source>Identity subtype</source>
        <translation>Identity subtype</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Profile type:</source>
        <translation>Profile type:</translation>
    </message>
    <message>
        <source>Customer number pattern:</source>
        <translation>Customer number pattern:</translation>
    </message>
</context>
<context>
    <name>IdentitySubtypeService</name>
    <message>
        <source>Enter a name for the subtype.</source>
        <translation>Enter a name for the subtype.</translation>
    </message>
    <message>
        <source>There is already a subtype called “%1”.</source>
        <translation>There is already a subtype called “%1”.</translation>
    </message>
    <message>
        <source>You do not have permission to change these settings. Ask an administrator.</source>
        <translation>You do not have permission to change these settings. Ask an administrator.</translation>
    </message>
    <message>
        <source>The subtype could not be saved. Nothing was changed.</source>
        <translation>The subtype could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>This subtype no longer exists.</source>
        <translation>This subtype no longer exists.</translation>
    </message>
    <message>
        <source>Identities already have this subtype, so it stays for %1.</source>
        <translation>Identities already have this subtype, so it stays for %1.</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>The store could not tell whether the subtype is in use. Nothing was changed.</source>
        <translation>The store could not tell whether the subtype is in use. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 identities have the subtype “%2”; give them another one before deleting it.</source>
        <translation>%1 identities have the subtype “%2”; give them another one before deleting it.</translation>
    </message>
    <message>
        <source>The subtype could not be deleted. Nothing was changed.</source>
        <translation>The subtype could not be deleted. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>IdentitySubtypesTab</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New subtype…</source>
        <translation>New subtype…</translation>
    </message>
    <message>
        <source>Persons and organisations are filed under a subtype; a customer subtype with a pattern gives each new customer the next customer number.</source>
        <translation>Persons and organisations are filed under a subtype; a customer subtype with a pattern gives each new customer the next customer number.</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Subtype</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Profile type</source>
        <translation>Profile type</translation>
    </message>
    <message>
        <source>Customer number pattern</source>
        <translation>Customer number pattern</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Delete subtype</source>
        <translation>Delete subtype</translation>
    </message>
    <message>
        <source>Delete the subtype “%1”?</source>
        <translation>Delete the subtype “%1”?</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>The file %1 could not be read.</translation>
    </message>
    <message>
        <source>The file %1 is not an image.</source>
        <translation>The file %1 is not an image.</translation>
    </message>
    <message>
        <source>The image %1 is too large even when scaled down.</source>
        <translation>The image %1 is too large even when scaled down.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>No image</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>--store needs a database file.</source>
        <translation>--store needs a database file.</translation>
    </message>
    <message>
        <source>--mode needs add, update or upsert.</source>
        <translation>--mode needs add, update or upsert.</translation>
    </message>
    <message>
        <source>Unknown mode: %1</source>
        <translation>Unknown mode: %1</translation>
    </message>
    <message>
        <source>--errors needs a file name.</source>
        <translation>--errors needs a file name.</translation>
    </message>
    <message>
        <source>Only one file can be imported at a time.</source>
        <translation>Only one file can be imported at a time.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>Name the file to import.</translation>
    </message>
    <message>
        <source>The database is not open: %1</source>
        <translation>The database is not open: %1</translation>
    </message>
    <message>
        <source>FILE is a .csv (UTF-8, UTF-16 or Windows-1256) or .xlsx file whose first row names the columns (Persian or English).
Exit codes: 0 done, 1 rows with errors (nothing written), 2 usage, 3 cannot open, 4 write failed.</source>
        <translation>FILE is a .csv (UTF-8, UTF-16 or Windows-1256) or .xlsx file whose first row names the columns (Persian or English).
Exit codes: 0 done, 1 rows with errors (nothing written), 2 usage, 3 cannot open, 4 write failed.</translation>
    </message>
    <message>
        <source>Columns matched: %1 of %2.</source>
        <translation>Columns matched: %1 of %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Line %1 (skipped): %2</source>
        <translation>Line %1 (skipped): %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Errors written to %1</source>
        <translation>Errors written to %1</translation>
    </message>
    <message>
        <source>The database refused to save the import, so nothing was saved.</source>
        <translation>The database refused to save the import, so nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was written.</source>
        <translation>
            <numerusform>%n row(s) have errors; nothing was written.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database is busy or cannot be written, so the import did not start; nothing was saved. Try again in a moment.</source>
        <translation>The database is busy or cannot be written, so the import did not start; nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Rows: %1. Created: %2. Updated: %3. Skipped: %4. With errors: %5.</source>
        <translation>Rows: %1. Created: %2. Updated: %3. Skipped: %4. With errors: %5.</translation>
    </message>
    <message>
        <source>Written in %1 ms (validation %2 ms, preparation %3 ms, saving %4 ms).</source>
        <translation>Written in %1 ms (validation %2 ms, preparation %3 ms, saving %4 ms).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Save the error file</source>
        <translation>Save the error file</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Say which column fills each field, and a value for cells that are empty.</source>
        <translation>Say which column fills each field, and a value for cells that are empty.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column of the source</source>
        <translation>Column of the source</translation>
    </message>
    <message>
        <source>Value when empty</source>
        <translation>Value when empty</translation>
    </message>
    <message>
        <source>The mapping could not be saved.</source>
        <translation>The mapping could not be saved.</translation>
    </message>
    <message>
        <source>(not in the source)</source>
        <translation>(not in the source)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>To create: %1. To update: %2. To skip: %3. With errors: %4.</source>
        <translation>To create: %1. To update: %2. To skip: %3. With errors: %4.</translation>
    </message>
    <message>
        <source>While any row has an error nothing will be written; go on to save the error file, correct it and start again.</source>
        <translation>While any row has an error nothing will be written; go on to save the error file, correct it and start again.</translation>
    </message>
    <message>
        <source>Import is not available: no row would be created or updated. Save the error file to see why, correct the source and start again.</source>
        <translation>Import is not available: no row would be created or updated. Save the error file to see why, correct the source and start again.</translation>
    </message>
    <message>
        <source>Everything was written</source>
        <translation>Everything was written</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>Nothing was written</translation>
    </message>
    <message>
        <source>Rows: %1. With errors: %2.</source>
        <translation>Rows: %1. With errors: %2.</translation>
    </message>
</context>
<context>
    <name>ItemTypeEditor</name>
    <message>
        <source>Customer settings</source>
        <translation>Customer settings</translation>
    </message>
    <message>
        <source>May create this type</source>
        <translation>May create this type</translation>
    </message>
    <message>
        <source>May view this type</source>
        <translation>May view this type</translation>
    </message>
    <message>
        <source>May view the custom fields of this type</source>
        <translation>May view the custom fields of this type</translation>
    </message>
    <message>
        <source>Sho&amp;wn as:</source>
        <translation>Sho&amp;wn as:</translation>
    </message>
    <message>
        <source>Agent settings</source>
        <translation>Agent settings</translation>
    </message>
    <message>
        <source>Financial settings</source>
        <translation>Financial settings</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Needs approval</translation>
    </message>
    <message>
        <source>Needs numbering</source>
        <translation>Needs numbering</translation>
    </message>
    <message>
        <source>Numbering &amp;pattern:</source>
        <translation>Numbering &amp;pattern:</translation>
    </message>
    <message>
        <source>Give the customer a customer number on approval</source>
        <translation>Give the customer a customer number on approval</translation>
    </message>
    <message>
        <source>Back to pending approval after an edit</source>
        <translation>Back to pending approval after an edit</translation>
    </message>
    <message>
        <source>&amp;Tax:</source>
        <translation>&amp;Tax:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Levy:</source>
        <translation>&amp;Levy:</translation>
    </message>
    <message>
        <source>Signature image:</source>
        <translation>Signature image:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Add field</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Remove field</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>New field</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose an item type on the list.</source>
        <translation>Choose an item type on the list.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Choose the signature image</source>
        <translation>Choose the signature image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>%1 — next number %2</source>
        <translation>%1 — next number %2</translation>
    </message>
</context>
<context>
    <name>ItemTypeService</name>
    <message>
        <source>You do not have permission to change these settings. Ask an administrator.</source>
        <translation>You do not have permission to change these settings. Ask an administrator.</translation>
    </message>
    <message>
        <source>This item type no longer exists.</source>
        <translation>This item type no longer exists.</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>The change could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>Every custom field needs a name.</source>
        <translation>Every custom field needs a name.</translation>
    </message>
    <message>
        <source>The fields could not be saved. Nothing was changed.</source>
        <translation>The fields could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>Enter a name for the item type.</source>
        <translation>Enter a name for the item type.</translation>
    </message>
    <message>
        <source>There is already a type called “%1” here. Choose another name.</source>
        <translation>There is already a type called “%1” here. Choose another name.</translation>
    </message>
    <message>
        <source>Vafa does not know this kind of item.</source>
        <translation>Vafa does not know this kind of item.</translation>
    </message>
    <message>
        <source>The item type could not be saved. Nothing was changed.</source>
        <translation>The item type could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>The store could not tell whether the type is in use. Nothing was changed.</source>
        <translation>The store could not tell whether the type is in use. Nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” is used by %2 records and cannot be deleted. Deactivate it instead: it stays on the records that have it and is offered for no new ones.</source>
        <translation>“%1” is used by %2 records and cannot be deleted. Deactivate it instead: it stays on the records that have it and is offered for no new ones.</translation>
    </message>
    <message>
        <source>The item type could not be deleted. Nothing was changed.</source>
        <translation>The item type could not be deleted. Nothing was changed.</translation>
    </message>
    <message>
        <source>Only the finance manager may change print templates.</source>
        <translation>Only the finance manager may change print templates.</translation>
    </message>
    <message>
        <source>The template could not be saved. Nothing was changed.</source>
        <translation>The template could not be saved. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ItemTypesPage</name>
    <message>
        <source>Customisation</source>
        <translation>Customisation</translation>
    </message>
    <message>
        <source>Changes on this page take effect at once and are recorded in the audit log.</source>
        <translation>Changes on this page take effect at once and are recorded in the audit log.</translation>
    </message>
    <message>
        <source>Item types</source>
        <translation>Item types</translation>
    </message>
    <message>
        <source>Filter item types</source>
        <translation>Filter item types</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>Club permissions matrix</source>
        <translation>Club permissions matrix</translation>
    </message>
    <message>
        <source>Tick what customers and agents may do with each item type. Select several cells and use the buttons to set them all at once. Changes are saved at once.</source>
        <translation>Tick what customers and agents may do with each item type. Select several cells and use the buttons to set them all at once. Changes are saved at once.</translation>
    </message>
    <message>
        <source>A&amp;llow selected</source>
        <translation>A&amp;llow selected</translation>
    </message>
    <message>
        <source>&amp;Deny selected</source>
        <translation>&amp;Deny selected</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>New type…</source>
        <translation>New type…</translation>
    </message>
    <message>
        <source>A new type in the selected group</source>
        <translation>A new type in the selected group</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Identity subtypes</source>
        <translation>Identity subtypes</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>New item type</source>
        <translation>New item type</translation>
    </message>
    <message>
        <source>Name of the new type among %1:</source>
        <translation>Name of the new type among %1:</translation>
    </message>
    <message>
        <source>Rename item type</source>
        <translation>Rename item type</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Delete item type</source>
        <translation>Delete item type</translation>
    </message>
    <message>
        <source>Delete the type “%1” for good?</source>
        <translation>Delete the type “%1” for good?</translation>
    </message>
</context>
<context>
    <name>JalaliDateEdit</name>
    <message>
        <source>YYYY/MM/DD</source>
        <translation>YYYY/MM/DD</translation>
    </message>
    <message>
        <source>Choose a date from the calendar (Alt+Down)</source>
        <translation>Choose a date from the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Up/Down: next or previous day; Page Up/Page Down: next or previous month; Ctrl+T: today</source>
        <translation>Up/Down: next or previous day; Page Up/Page Down: next or previous month; Ctrl+T: today</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Proforma</source>
        <translation>Proforma</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Return invoice</source>
        <translation>Return invoice</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Card to card</source>
        <translation>Card to card</translation>
    </message>
    <message>
        <source>Deposit to account</source>
        <translation>Deposit to account</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>Online payment</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Payment link</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
</context>
<context>
    <name>LicenceCommand</name>
    <message>
        <source>%1 active, no limit</source>
        <translation>%1 active, no limit</translation>
    </message>
    <message>
        <source>%1 active of %L2 allowed</source>
        <translation>%1 active of %L2 allowed</translation>
    </message>
    <message>
        <source>customer club</source>
        <translation>customer club</translation>
    </message>
    <message>
        <source>agent club</source>
        <translation>agent club</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Company: %1 (national ID %2)</source>
        <translation>Company: %1 (national ID %2)</translation>
    </message>
    <message>
        <source>Licence number: %1</source>
        <translation>Licence number: %1</translation>
    </message>
    <message>
        <source>The installed licence is not in force: the standard edition&apos;s limits apply.</source>
        <translation>The installed licence is not in force: the standard edition&apos;s limits apply.</translation>
    </message>
    <message>
        <source>Edition: %1</source>
        <translation>Edition: %1</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>enterprise</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation>Modules: %1</translation>
    </message>
    <message>
        <source>Customer club users: %1</source>
        <translation>Customer club users: %1</translation>
    </message>
    <message>
        <source>Agent club users: %1</source>
        <translation>Agent club users: %1</translation>
    </message>
    <message>
        <source>Valid through: %1 (%2)</source>
        <translation>Valid through: %1 (%2)</translation>
    </message>
    <message>
        <source>Usage: vafa licence show --store FILE
       vafa licence install LICENCE --store FILE
Exit codes: 0 done, 2 usage, 3 cannot open the store or the licence, 4 refused (nothing changed).</source>
        <translation>Usage: vafa licence show --store FILE
       vafa licence install LICENCE --store FILE
Exit codes: 0 done, 2 usage, 3 cannot open the store or the licence, 4 refused (nothing changed).</translation>
    </message>
    <message>
        <source>Say show or install.</source>
        <translation>Say show or install.</translation>
    </message>
    <message>
        <source>--store needs a database file.</source>
        <translation>--store needs a database file.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Name the database with --store FILE.</source>
        <translation>Name the database with --store FILE.</translation>
    </message>
    <message>
        <source>Name the licence file to install.</source>
        <translation>Name the licence file to install.</translation>
    </message>
    <message>
        <source>The licence file cannot be read: %1</source>
        <translation>The licence file cannot be read: %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>The licence was installed.</source>
        <translation>The licence was installed.</translation>
    </message>
    <message>
        <source>%1 active; the licence does not include this club</source>
        <translation>%1 active; the licence does not include this club</translation>
    </message>
</context>
<context>
    <name>LicenceService</name>
    <message>
        <source>Only a system administrator may install a licence.</source>
        <translation>Only a system administrator may install a licence.</translation>
    </message>
    <message>
        <source>The licence could not be saved. Nothing was changed.</source>
        <translation>The licence could not be saved. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>LicenceVerdict</name>
    <message>
        <source>No licence is installed: the standard edition&apos;s limits apply.</source>
        <translation>No licence is installed: the standard edition&apos;s limits apply.</translation>
    </message>
    <message>
        <source>This file is not a Vafa licence, or part of it is missing.</source>
        <translation>This file is not a Vafa licence, or part of it is missing.</translation>
    </message>
    <message>
        <source>This licence was not signed by the vendor of this copy of Vafa.</source>
        <translation>This licence was not signed by the vendor of this copy of Vafa.</translation>
    </message>
    <message>
        <source>This licence has been changed after it was signed, so it cannot be trusted.</source>
        <translation>This licence has been changed after it was signed, so it cannot be trusted.</translation>
    </message>
    <message>
        <source>This licence is for another company (national ID %1), not for this one.</source>
        <translation>This licence is for another company (national ID %1), not for this one.</translation>
    </message>
    <message>
        <source>The company profile has no national ID to compare the licence with. Enter it in the company profile first.</source>
        <translation>The company profile has no national ID to compare the licence with. Enter it in the company profile first.</translation>
    </message>
    <message>
        <source>This licence expired on %1.</source>
        <translation>This licence expired on %1.</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search (name, number, mobile…)  Ctrl+F</source>
        <translation>Search (name, number, mobile…)  Ctrl+F</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Export the whole list to Excel (Ctrl+E)</source>
        <translation>Export the whole list to Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln row(s)…</source>
        <translation>
            <numerusform>Writing %Ln row…</numerusform>
            <numerusform>Writing %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), newest first: narrow the search to sort them</source>
        <translation>
            <numerusform>%Ln row, newest first: narrow the search to sort them</numerusform>
            <numerusform>%Ln rows, newest first: narrow the search to sort them</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to show here yet.</source>
        <translation>Nothing to show here yet.</translation>
    </message>
    <message>
        <source>Nothing matches «%1».</source>
        <translation>Nothing matches «%1».</translation>
    </message>
</context>
<context>
    <name>ListPickerDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Vafa</source>
        <translation>Sign in to Vafa</translation>
    </message>
    <message>
        <source>Vafa</source>
        <translation>Vafa</translation>
    </message>
    <message>
        <source>Customer and agent club</source>
        <translation>Customer and agent club</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer (in the system keychain)</source>
        <translation>&amp;Remember my password on this computer (in the system keychain)</translation>
    </message>
    <message>
        <source>Sample accounts of the demo company (double-click to fill in)</source>
        <translation>Sample accounts of the demo company (double-click to fill in)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation>Manage connections…</translation>
    </message>
    <message>
        <source>Company file on this computer</source>
        <translation>Company file on this computer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vafa — %1</source>
        <translation>Vafa — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>&amp;Find in list</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Vafa</source>
        <translation>&amp;About Vafa</translation>
    </message>
    <message>
        <source>About Vafa</source>
        <translation>About Vafa</translation>
    </message>
    <message>
        <source>Vafa %1 — customer and agent club.
The Vazirmatn font is used under the SIL Open Font License 1.1.</source>
        <translation>Vafa %1 — customer and agent club.
The Vazirmatn font is used under the SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>Central server</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Standalone</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Agent club</source>
        <translation>Agent club</translation>
    </message>
    <message>
        <source>Supplier club</source>
        <translation>Supplier club</translation>
    </message>
    <message>
        <source>Customer club</source>
        <translation>Customer club</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Mode: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Local database</translation>
    </message>
    <message>
        <source>&amp;Export list to Excel…</source>
        <translation>&amp;Export list to Excel…</translation>
    </message>
    <message>
        <source>This company&apos;s file is open read-only: you can look, search and print, but nothing can be saved. Ask whoever manages the file for write access.</source>
        <translation>This company&apos;s file is open read-only: you can look, search and print, but nothing can be saved. Ask whoever manages the file for write access.</translation>
    </message>
    <message>
        <source>Connection lost — trying again…</source>
        <translation>Connection lost — trying again…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>Sign-in history</source>
        <translation>Sign-in history</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Reject registration</source>
        <translation>Reject registration</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ac&amp;tivate</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspend</translation>
    </message>
    <message>
        <source>&amp;Lift suspension</source>
        <translation>&amp;Lift suspension</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Set &amp;password…</translation>
    </message>
    <message>
        <source>The member will be asked to change it at the next sign-in.</source>
        <translation>The member will be asked to change it at the next sign-in.</translation>
    </message>
    <message>
        <source>&amp;Force password change</source>
        <translation>&amp;Force password change</translation>
    </message>
    <message>
        <source>Sign-in &amp;history</source>
        <translation>Sign-in &amp;history</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vity</translation>
    </message>
    <message>
        <source>Sign &amp;in as this user</source>
        <translation>Sign &amp;in as this user</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Delete club member</source>
        <translation>Delete club member</translation>
    </message>
    <message>
        <source>Delete this club member? A member with records is deactivated instead.</source>
        <translation>Delete this club member? A member with records is deactivated instead.</translation>
    </message>
    <message>
        <source>The member has records, so the account was deactivated instead.</source>
        <translation>The member has records, so the account was deactivated instead.</translation>
    </message>
    <message>
        <source>%1, signed in as %2 by %3</source>
        <translation>%1, signed in as %2 by %3</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;New member…</translation>
    </message>
    <message>
        <source>&amp;Bulk accounts…</source>
        <translation>&amp;Bulk accounts…</translation>
    </message>
    <message>
        <source>&amp;Define club user…</source>
        <translation>&amp;Define club user…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>The other actions on club members</source>
        <translation>The other actions on club members</translation>
    </message>
</context>
<context>
    <name>MemberCreateDialog</name>
    <message>
        <source>New club member</source>
        <translation>New club member</translation>
    </message>
    <message>
        <source>Identity &amp;type:</source>
        <translation>Identity &amp;type:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Company name:</translation>
    </message>
    <message>
        <source>&amp;National ID:</source>
        <translation>&amp;National ID:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>The account is &amp;active</source>
        <translation>The account is &amp;active</translation>
    </message>
    <message>
        <source>C&amp;ommission:</source>
        <translation>C&amp;ommission:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>New agent</translation>
    </message>
    <message>
        <source>New customer member</source>
        <translation>New customer member</translation>
    </message>
    <message>
        <source>&amp;National code:</source>
        <translation>&amp;National code:</translation>
    </message>
</context>
<context>
    <name>MemberEditDialog</name>
    <message>
        <source>Edit club member</source>
        <translation>Edit club member</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>C&amp;ommission:</source>
        <translation>C&amp;ommission:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <source>Created by staff</source>
        <translation>Created by staff</translation>
    </message>
    <message>
        <source>Self-registered</source>
        <translation>Self-registered</translation>
    </message>
    <message>
        <source>Defined on the identity</source>
        <translation>Defined on the identity</translation>
    </message>
    <message>
        <source>Bulk creation</source>
        <translation>Bulk creation</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Imported from a file</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>Rial</source>
        <translation>Rial</translation>
    </message>
    <message>
        <source>Toman</source>
        <translation>Toman</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>The unit the amount is typed in; it is always stored in rials</source>
        <translation>The unit the amount is typed in; it is always stored in rials</translation>
    </message>
</context>
<context>
    <name>NewCompanyWizard</name>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>&amp;Create the company</source>
        <translation>&amp;Create the company</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Company file</translation>
    </message>
    <message>
        <source>Vafa company (*.vafa)</source>
        <translation>Vafa company (*.vafa)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Choose where the company&apos;s file goes.</source>
        <translation>Choose where the company&apos;s file goes.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; an existing company is opened, not created.</source>
        <translation>%1 already exists. Choose a new file name; an existing company is opened, not created.</translation>
    </message>
    <message>
        <source>The folder for the company&apos;s file cannot be made.</source>
        <translation>The folder for the company&apos;s file cannot be made.</translation>
    </message>
    <message>
        <source>Vafa starts the company with the standard item types (proforma, invoice, return invoice, contracts, receipt, payment, tickets and requests, forms, tasks, notes, calls, appointments and files) and their numbering patterns, the identity subtypes, the customer and agent categories, a cash box, the bank account and the staff groups (finance, customer affairs, club administration). All of it can be changed afterwards.</source>
        <translation>Vafa starts the company with the standard item types (proforma, invoice, return invoice, contracts, receipt, payment, tickets and requests, forms, tasks, notes, calls, appointments and files) and their numbering patterns, the identity subtypes, the customer and agent categories, a cash box, the bank account and the staff groups (finance, customer affairs, club administration). All of it can be changed afterwards.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, with an upper-case letter, a lower-case letter and a digit.</source>
        <translation>
            <numerusform>At least %n character, with an upper-case letter, a lower-case letter and a digit.</numerusform>
            <numerusform>At least %n characters, with an upper-case letter, a lower-case letter and a digit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>NumberingPatternEditor</name>
    <message>
        <source>Numbering pattern</source>
        <translation>Numbering pattern</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>For example: Sales invoices</source>
        <translation>For example: Sales invoices</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Pattern:</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>Five-digit sequence</source>
        <translation>Five-digit sequence</translation>
    </message>
    <message>
        <source>Solar year</source>
        <translation>Solar year</translation>
    </message>
    <message>
        <source>Gregorian year</source>
        <translation>Gregorian year</translation>
    </message>
    <message>
        <source>&amp;Initial value:</source>
        <translation>&amp;Initial value:</translation>
    </message>
    <message>
        <source>&amp;Restart the sequence every year</source>
        <translation>&amp;Restart the sequence every year</translation>
    </message>
    <message>
        <source>Current &amp;last value:</source>
        <translation>Current &amp;last value:</translation>
    </message>
    <message>
        <source>The next number</source>
        <translation>The next number</translation>
    </message>
    <message>
        <source>Numbering pattern: %1</source>
        <translation>Numbering pattern: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Items already carry its numbers, so the pattern itself can no longer change.</source>
        <translation>Items already carry its numbers, so the pattern itself can no longer change.</translation>
    </message>
    <message>
        <source>New numbering pattern</source>
        <translation>New numbering pattern</translation>
    </message>
    <message>
        <source>The initial value must be a whole number, 0 or more.</source>
        <translation>The initial value must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>The current last value must be a whole number, 0 or more.</source>
        <translation>The current last value must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>Used by %1.</source>
        <translation>Used by %1.</translation>
    </message>
    <message>
        <source>Write the number as it should look. %1 is the sequence, %2 a sequence of exactly three digits (one underscore per digit), %3 the solar year and %4 the Gregorian year; everything else is kept as typed, except %5 and %6. Separate two tokens, for example with %7 or %8.</source>
        <translation>Write the number as it should look. %1 is the sequence, %2 a sequence of exactly three digits (one underscore per digit), %3 the solar year and %4 the Gregorian year; everything else is kept as typed, except %5 and %6. Separate two tokens, for example with %7 or %8.</translation>
    </message>
</context>
<context>
    <name>NumberingPatternService</name>
    <message>
        <source>The numbering pattern could not be saved. Nothing was changed.</source>
        <translation>The numbering pattern could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>Only the finance manager or an administrator may change the numbering patterns.</source>
        <translation>Only the finance manager or an administrator may change the numbering patterns.</translation>
    </message>
    <message>
        <source>Give the numbering pattern a title.</source>
        <translation>Give the numbering pattern a title.</translation>
    </message>
    <message>
        <source>Another numbering pattern is already called «%1».</source>
        <translation>Another numbering pattern is already called «%1».</translation>
    </message>
    <message>
        <source>This numbering pattern no longer exists; it may have been deleted meanwhile.</source>
        <translation>This numbering pattern no longer exists; it may have been deleted meanwhile.</translation>
    </message>
    <message>
        <source>This numbering pattern changed after you opened it (a number may have been issued from it). Close it and open it again to see its current values.</source>
        <translation>This numbering pattern changed after you opened it (a number may have been issued from it). Close it and open it again to see its current values.</translation>
    </message>
    <message>
        <source>Numbers up to %1 have already been issued from this pattern; the initial value cannot be set below %1.</source>
        <translation>Numbers up to %1 have already been issued from this pattern; the initial value cannot be set below %1.</translation>
    </message>
    <message>
        <source>Numbers up to %1 have already been issued from this pattern; the current last value cannot be set below %1, or the same numbers would be issued again.</source>
        <translation>Numbers up to %1 have already been issued from this pattern; the current last value cannot be set below %1, or the same numbers would be issued again.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>«%1» is used by %2, so it cannot be deleted. Give them another pattern first.</source>
        <translation>«%1» is used by %2, so it cannot be deleted. Give them another pattern first.</translation>
    </message>
</context>
<context>
    <name>OpenSessionsPage</name>
    <message>
        <source>Signed in now</source>
        <translation>Signed in now</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Signed in at</source>
        <translation>Signed in at</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>End this session? The person is signed out at their next action and must sign in again.</source>
        <translation>End this session? The person is signed out at their next action and must sign in again.</translation>
    </message>
    <message>
        <source>The session could not be ended; it may have ended already.</source>
        <translation>The session could not be ended; it may have ended already.</translation>
    </message>
</context>
<context>
    <name>Persian::Validate</name>
    <message>
        <source>Enter the national code.</source>
        <translation>Enter the national code.</translation>
    </message>
    <message>
        <source>The national code may contain digits only.</source>
        <translation>The national code may contain digits only.</translation>
    </message>
    <message>
        <source>The national code must have 10 digits.</source>
        <translation>The national code must have 10 digits.</translation>
    </message>
    <message>
        <source>This national code is never issued; check the digits.</source>
        <translation>This national code is never issued; check the digits.</translation>
    </message>
    <message>
        <source>This national code is not valid: its check digit does not match.</source>
        <translation>This national code is not valid: its check digit does not match.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s national ID.</source>
        <translation>Enter the organisation&apos;s national ID.</translation>
    </message>
    <message>
        <source>The national ID may contain digits only.</source>
        <translation>The national ID may contain digits only.</translation>
    </message>
    <message>
        <source>The organisation&apos;s national ID must have 11 digits.</source>
        <translation>The organisation&apos;s national ID must have 11 digits.</translation>
    </message>
    <message>
        <source>This national ID is never issued; check the digits.</source>
        <translation>This national ID is never issued; check the digits.</translation>
    </message>
    <message>
        <source>This national ID is not valid: its check digit does not match.</source>
        <translation>This national ID is not valid: its check digit does not match.</translation>
    </message>
    <message>
        <source>Enter the IBAN (Sheba number).</source>
        <translation>Enter the IBAN (Sheba number).</translation>
    </message>
    <message>
        <source>The IBAN must be IR followed by digits only.</source>
        <translation>The IBAN must be IR followed by digits only.</translation>
    </message>
    <message>
        <source>The IBAN must be IR followed by 24 digits.</source>
        <translation>The IBAN must be IR followed by 24 digits.</translation>
    </message>
    <message>
        <source>This IBAN is not valid: its check digits do not match.</source>
        <translation>This IBAN is not valid: its check digits do not match.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Enter the card number.</translation>
    </message>
    <message>
        <source>The card number may contain digits only.</source>
        <translation>The card number may contain digits only.</translation>
    </message>
    <message>
        <source>The card number must have 16 digits.</source>
        <translation>The card number must have 16 digits.</translation>
    </message>
    <message>
        <source>This card number is never issued; check the digits.</source>
        <translation>This card number is never issued; check the digits.</translation>
    </message>
    <message>
        <source>This card number is not valid: its check digit does not match.</source>
        <translation>This card number is not valid: its check digit does not match.</translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation>Enter the mobile number.</translation>
    </message>
    <message>
        <source>The mobile number may contain digits only.</source>
        <translation>The mobile number may contain digits only.</translation>
    </message>
    <message>
        <source>The mobile number must have 11 digits, like 09121234567.</source>
        <translation>The mobile number must have 11 digits, like 09121234567.</translation>
    </message>
    <message>
        <source>An Iranian mobile number starts with 09 (or +989).</source>
        <translation>An Iranian mobile number starts with 09 (or +989).</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>Enter the postal code.</translation>
    </message>
    <message>
        <source>The postal code may contain digits only.</source>
        <translation>The postal code may contain digits only.</translation>
    </message>
    <message>
        <source>The postal code must have 10 digits.</source>
        <translation>The postal code must have 10 digits.</translation>
    </message>
    <message>
        <source>This is not a valid postal code: its first five digits never contain 0 or 2.</source>
        <translation>This is not a valid postal code: its first five digits never contain 0 or 2.</translation>
    </message>
    <message>
        <source>Enter the economic code.</source>
        <translation>Enter the economic code.</translation>
    </message>
    <message>
        <source>The economic code may contain digits only.</source>
        <translation>The economic code may contain digits only.</translation>
    </message>
    <message>
        <source>The economic code must be a 10-digit national code, an 11-digit national ID or a 12-digit code.</source>
        <translation>The economic code must be a 10-digit national code, an 11-digit national ID or a 12-digit code.</translation>
    </message>
    <message>
        <source>This economic code is never issued; check the digits.</source>
        <translation>This economic code is never issued; check the digits.</translation>
    </message>
    <message>
        <source>This economic code is not valid: its check digit does not match.</source>
        <translation>This economic code is not valid: its check digit does not match.</translation>
    </message>
</context>
<context>
    <name>PointPages</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Usage: vafa print --store FILE (--type invoice|proforma|return_invoice|contract|receipt --number N | --filter kind=…,status=…,from=YYYY-MM-DD,to=YYYY-MM-DD) (--pdf OUT.pdf | --pdf-dir DIR | --printer NAME) [--public]</source>
        <translation>Usage: vafa print --store FILE (--type invoice|proforma|return_invoice|contract|receipt --number N | --filter kind=…,status=…,from=YYYY-MM-DD,to=YYYY-MM-DD) (--pdf OUT.pdf | --pdf-dir DIR | --printer NAME) [--public]</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Give either --type and --number, or --filter.</source>
        <translation>Give either --type and --number, or --filter.</translation>
    </message>
    <message>
        <source>--type and --number go together.</source>
        <translation>--type and --number go together.</translation>
    </message>
    <message>
        <source>Give exactly one of --pdf, --pdf-dir and --printer.</source>
        <translation>Give exactly one of --pdf, --pdf-dir and --printer.</translation>
    </message>
    <message>
        <source>Unknown document type: %1</source>
        <translation>Unknown document type: %1</translation>
    </message>
    <message>
        <source>Cannot read the filter item: %1</source>
        <translation>Cannot read the filter item: %1</translation>
    </message>
    <message>
        <source>--store is missing.</source>
        <translation>--store is missing.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>No %1 numbered %2.</source>
        <translation>No %1 numbered %2.</translation>
    </message>
    <message>
        <source>No document matches the filter.</source>
        <translation>No document matches the filter.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <source>There is no printer named %1.</source>
        <translation>There is no printer named %1.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Printed %1 of %2 documents.</source>
        <translation>Printed %1 of %2 documents.</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>the finished file could not be renamed</source>
        <translation>the finished file could not be renamed</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>the folder could not be created</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Price:</translation>
    </message>
    <message>
        <source>&amp;Tax and levy apply</source>
        <translation>&amp;Tax and levy apply</translation>
    </message>
    <message>
        <source>Usable in the c&amp;lub</source>
        <translation>Usable in the c&amp;lub</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Active</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>Only the finance or sales manager may add or change products.</source>
        <translation>Only the finance or sales manager may add or change products.</translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation>Give the product a name.</translation>
    </message>
    <message>
        <source>Give the product a code.</source>
        <translation>Give the product a code.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>A price cannot be negative.</translation>
    </message>
    <message>
        <source>This product no longer exists; it may have been deleted meanwhile.</source>
        <translation>This product no longer exists; it may have been deleted meanwhile.</translation>
    </message>
    <message>
        <source>Another product already has this code.</source>
        <translation>Another product already has this code.</translation>
    </message>
    <message>
        <source>The product could not be saved. Nothing was changed.</source>
        <translation>The product could not be saved. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptEditor</name>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>&amp;Payer:</translation>
    </message>
    <message>
        <source>Choose who paid</source>
        <translation>Choose who paid</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>&amp;Paid by:</translation>
    </message>
    <message>
        <source>Into a&amp;ccount:</source>
        <translation>Into a&amp;ccount:</translation>
    </message>
    <message>
        <source>T&amp;racking number:</source>
        <translation>T&amp;racking number:</translation>
    </message>
    <message>
        <source>C&amp;heque number:</source>
        <translation>C&amp;heque number:</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Bank:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Given by the numbering pattern</source>
        <translation>Given by the numbering pattern</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>The receipt was not found.</source>
        <translation>The receipt was not found.</translation>
    </message>
    <message>
        <source>Choose the payer</source>
        <translation>Choose the payer</translation>
    </message>
    <message>
        <source>No account takes this method</source>
        <translation>No account takes this method</translation>
    </message>
    <message>
        <source>Choose the payer.</source>
        <translation>Choose the payer.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>The password file «%1» cannot be read.</source>
        <translation>The password file «%1» cannot be read.</translation>
    </message>
    <message>
        <source>The password file «%1» is empty.</source>
        <translation>The password file «%1» is empty.</translation>
    </message>
    <message>
        <source>The password file «%1» cannot be written.</source>
        <translation>The password file «%1» cannot be written.</translation>
    </message>
    <message>
        <source>usage:
  vafa server init URL --login-password-file FILE   prepare an empty database
  vafa server migrate URL                           upgrade its schema
  vafa server load-demo URL [--size N]              fill it with the demo company
  vafa server status URL                            what the server holds
  vafa server run URL                               the company&apos;s worker
URL: postgresql://user@host:port/database (init, migrate, load-demo and run need a superuser)</source>
        <translation>usage:
  vafa server init URL --login-password-file FILE   prepare an empty database
  vafa server migrate URL                           upgrade its schema
  vafa server load-demo URL [--size N]              fill it with the demo company
  vafa server status URL                            what the server holds
  vafa server run URL                               the company&apos;s worker
URL: postgresql://user@host:port/database (init, migrate, load-demo and run need a superuser)</translation>
    </message>
    <message>
        <source>Name the file of the login role&apos;s password with --login-password-file FILE (a new one is made when it does not exist).</source>
        <translation>Name the file of the login role&apos;s password with --login-password-file FILE (a new one is made when it does not exist).</translation>
    </message>
    <message>
        <source>The company server is ready: schema %1, owner role %2, login role %3.</source>
        <translation>The company server is ready: schema %1, owner role %2, login role %3.</translation>
    </message>
    <message>
        <source>The login role&apos;s password was made and written to %1.</source>
        <translation>The login role&apos;s password was made and written to %1.</translation>
    </message>
    <message>
        <source>The login role&apos;s password was taken from %1.</source>
        <translation>The login role&apos;s password was taken from %1.</translation>
    </message>
    <message>
        <source>The server is up to date (schema %1).</source>
        <translation>The server is up to date (schema %1).</translation>
    </message>
    <message>
        <source>The server was upgraded from schema %1 to %2.</source>
        <translation>The server was upgraded from schema %1 to %2.</translation>
    </message>
    <message>
        <source>--size takes a number of identities from 10 to 1,000,000.</source>
        <translation>--size takes a number of identities from 10 to 1,000,000.</translation>
    </message>
    <message>
        <source>The demo company could not be loaded; nothing was written.</source>
        <translation>The demo company could not be loaded; nothing was written.</translation>
    </message>
    <message>
        <source>The demo company was loaded in %1 s: %2 identities.</source>
        <translation>The demo company was loaded in %1 s: %2 identities.</translation>
    </message>
    <message>
        <source>The server could not be reached or refused the connection.</source>
        <translation>The server could not be reached or refused the connection.</translation>
    </message>
    <message>
        <source>The database holds no Vafa company; prepare it with «vafa server init».</source>
        <translation>The database holds no Vafa company; prepare it with «vafa server init».</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Schema: %1 (this Vafa knows %2)</source>
        <translation>Schema: %1 (this Vafa knows %2)</translation>
    </message>
    <message>
        <source>Identities: %1, club users: %2</source>
        <translation>Identities: %1, club users: %2</translation>
    </message>
    <message>
        <source>Open sessions: %1</source>
        <translation>Open sessions: %1</translation>
    </message>
    <message>
        <source>Row-level security: on every table</source>
        <translation>Row-level security: on every table</translation>
    </message>
    <message>
        <source>Row-level security is OFF on: %1</source>
        <translation>Row-level security is OFF on: %1</translation>
    </message>
</context>
<context>
    <name>ServerRunCommand</name>
    <message>
        <source>Usage: vafa server run postgresql://user@host/database [--once] [--poll SECONDS]
Runs the company&apos;s jobs (expiring sessions, the licence check) beside the database until stopped.
  --once          run the jobs that are due now, then exit
  --poll SECONDS  look for due jobs at least this often (default 60)</source>
        <translation>Usage: vafa server run postgresql://user@host/database [--once] [--poll SECONDS]
Runs the company&apos;s jobs (expiring sessions, the licence check) beside the database until stopped.
  --once          run the jobs that are due now, then exit
  --poll SECONDS  look for due jobs at least this often (default 60)</translation>
    </message>
    <message>
        <source>--poll needs a number of seconds.</source>
        <translation>--poll needs a number of seconds.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>This database holds no Vafa company: prepare it with `vafa server init` first.</source>
        <translation>This database holds no Vafa company: prepare it with `vafa server init` first.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is older than this Vafa: upgrade it with `vafa server migrate` first.</source>
        <translation>The database&apos;s schema is older than this Vafa: upgrade it with `vafa server migrate` first.</translation>
    </message>
    <message>
        <source>The job queue cannot be used: %1</source>
        <translation>The job queue cannot be used: %1</translation>
    </message>
    <message>
        <source>Jobs run: %1</source>
        <translation>Jobs run: %1</translation>
    </message>
    <message>
        <source>The worker %1 runs the jobs of %2; stop it with SIGTERM or Ctrl+C.</source>
        <translation>The worker %1 runs the jobs of %2; stop it with SIGTERM or Ctrl+C.</translation>
    </message>
    <message>
        <source>The worker stopped.</source>
        <translation>The worker stopped.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>The connection to the server failed: %1</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>The server could not be reached or refused the connection.</source>
        <translation>The server could not be reached or refused the connection.</translation>
    </message>
    <message>
        <source>Preparing a company server needs a PostgreSQL superuser (for example: sudo -u postgres vafa server init postgresql:///DATABASE).</source>
        <translation>Preparing a company server needs a PostgreSQL superuser (for example: sudo -u postgres vafa server init postgresql:///DATABASE).</translation>
    </message>
    <message>
        <source>This database already holds a Vafa company; upgrade it with «vafa server migrate».</source>
        <translation>This database already holds a Vafa company; upgrade it with «vafa server migrate».</translation>
    </message>
    <message>
        <source>This database is not empty; a company server starts from an empty database.</source>
        <translation>This database is not empty; a company server starts from an empty database.</translation>
    </message>
    <message>
        <source>This database was not created by Vafa. It was left unchanged.</source>
        <translation>This database was not created by Vafa. It was left unchanged.</translation>
    </message>
    <message>
        <source>This database is empty; prepare it with «vafa server init».</source>
        <translation>This database is empty; prepare it with «vafa server init».</translation>
    </message>
    <message>
        <source>This database was written by a newer Vafa (schema %1; this Vafa knows %2). Nothing was changed.</source>
        <translation>This database was written by a newer Vafa (schema %1; this Vafa knows %2). Nothing was changed.</translation>
    </message>
    <message>
        <source>The server database could not be prepared. Nothing was changed.</source>
        <translation>The server database could not be prepared. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>«%1» is not a server address; write it as postgresql://user@host:port/database.</source>
        <translation>«%1» is not a server address; write it as postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The server address names no database: add /database at its end.</source>
        <translation>The server address names no database: add /database at its end.</translation>
    </message>
    <message>
        <source>The server address has an option Vafa does not know: «%1».</source>
        <translation>The server address has an option Vafa does not know: «%1».</translation>
    </message>
</context>
<context>
    <name>SettingsLabels</name>
    <message>
        <source>System administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>Manage club settings and customisation</source>
        <translation>Manage club settings and customisation</translation>
    </message>
    <message>
        <source>Manage customer club members</source>
        <translation>Manage customer club members</translation>
    </message>
    <message>
        <source>Manage agent club members</source>
        <translation>Manage agent club members</translation>
    </message>
    <message>
        <source>Create customer club users</source>
        <translation>Create customer club users</translation>
    </message>
    <message>
        <source>Create agent club users</source>
        <translation>Create agent club users</translation>
    </message>
    <message>
        <source>View customer points</source>
        <translation>View customer points</translation>
    </message>
    <message>
        <source>Manage customer points</source>
        <translation>Manage customer points</translation>
    </message>
    <message>
        <source>Finance manager</source>
        <translation>Finance manager</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Sales manager</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <source>Approve, reject and number every document type</source>
        <translation>Approve, reject and number every document type</translation>
    </message>
    <message>
        <source>Approve, reject and number every receipt type</source>
        <translation>Approve, reject and number every receipt type</translation>
    </message>
    <message>
        <source>Proformas</source>
        <translation>Proformas</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Return invoices</source>
        <translation>Return invoices</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Default form</source>
        <translation>Default form</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Public preview</source>
        <translation>Public preview</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount (rials)</source>
        <translation>Amount (rials)</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>You do not have permission to change these settings. Ask an administrator.</source>
        <translation>You do not have permission to change these settings. Ask an administrator.</translation>
    </message>
    <message>
        <source>Manage the category tree</source>
        <translation>Manage the category tree</translation>
    </message>
    <message>
        <source>Database manager (private categories)</source>
        <translation>Database manager (private categories)</translation>
    </message>
    <message>
        <source>Create and edit persons and organisations</source>
        <translation>Create and edit persons and organisations</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Phone calls</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The username or password is not correct.</source>
        <translation>The username or password is not correct.</translation>
    </message>
    <message>
        <source>Your membership has not been approved yet. You can sign in once the company approves it.</source>
        <translation>Your membership has not been approved yet. You can sign in once the company approves it.</translation>
    </message>
    <message>
        <source>Your membership request was not accepted.</source>
        <translation>Your membership request was not accepted.</translation>
    </message>
    <message>
        <source>This account is inactive. Contact the company to activate it.</source>
        <translation>This account is inactive. Contact the company to activate it.</translation>
    </message>
    <message>
        <source>This account is suspended. Contact the company.</source>
        <translation>This account is suspended. Contact the company.</translation>
    </message>
    <message>
        <source>Signing in failed because the database could not be read.</source>
        <translation>Signing in failed because the database could not be read.</translation>
    </message>
    <message>
        <source>This account has been locked after too many failed attempts. Ask an administrator to unlock it.</source>
        <translation>This account has been locked after too many failed attempts. Ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>You must choose a new password before you continue.</source>
        <translation>You must choose a new password before you continue.</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new password to continue.</source>
        <translation>Your password has expired. Choose a new password to continue.</translation>
    </message>
    <message>
        <source>The new password was not accepted.</source>
        <translation>The new password was not accepted.</translation>
    </message>
    <message>
        <source>Your session has ended because it was idle too long. Sign in again.</source>
        <translation>Your session has ended because it was idle too long. Sign in again.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The club is closed for now. Contact the company.</source>
        <translation>The club is closed for now. Contact the company.</translation>
    </message>
</context>
<context>
    <name>StaffAccessService</name>
    <message>
        <source>You do not have permission to change these settings. Ask an administrator.</source>
        <translation>You do not have permission to change these settings. Ask an administrator.</translation>
    </message>
    <message>
        <source>The permissions could not be saved. Nothing was changed.</source>
        <translation>The permissions could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>A group named %1 already exists.</source>
        <translation>A group named %1 already exists.</translation>
    </message>
    <message>
        <source>The group could not be created. Nothing was changed.</source>
        <translation>The group could not be created. Nothing was changed.</translation>
    </message>
    <message>
        <source>Only a system administrator may make a user an administrator.</source>
        <translation>Only a system administrator may make a user an administrator.</translation>
    </message>
    <message>
        <source>This would leave no active system administrator. Make another user an administrator first. Nothing was changed.</source>
        <translation>This would leave no active system administrator. Make another user an administrator first. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Reason (the customer sees it):</source>
        <translation>Reason (the customer sees it):</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>Back to &amp;pending</source>
        <translation>Back to &amp;pending</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Change number…</source>
        <translation>&amp;Change number…</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Change number</translation>
    </message>
    <message>
        <source>New number (leave empty for the next number of the pattern):</source>
        <translation>New number (leave empty for the next number of the pattern):</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete this receipt? It leaves the balance and cannot be brought back.</source>
        <translation>Delete this receipt? It leaves the balance and cannot be brought back.</translation>
    </message>
    <message>
        <source>Delete this document? It leaves the balance and cannot be brought back.</source>
        <translation>Delete this document? It leaves the balance and cannot be brought back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>You may not open this record.</source>
        <translation>You may not open this record.</translation>
    </message>
</context>
<context>
    <name>StaffPermissionsPage</name>
    <message>
        <source>Staff permissions</source>
        <translation>Staff permissions</translation>
    </message>
    <message>
        <source>Choose a group or a staff user, tick what they may do, then save. A user may also do what the user&apos;s groups may do.</source>
        <translation>Choose a group or a staff user, tick what they may do, then save. A user may also do what the user&apos;s groups may do.</translation>
    </message>
    <message>
        <source>Filter groups and users</source>
        <translation>Filter groups and users</translation>
    </message>
    <message>
        <source>Groups and staff users</source>
        <translation>Groups and staff users</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;New group…</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Also granted by group</source>
        <translation>Also granted by group</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save or revert the changes to %1 first.</source>
        <translation>Save or revert the changes to %1 first.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Staff users</source>
        <translation>Staff users</translation>
    </message>
    <message>
        <source>General and club</source>
        <translation>General and club</translation>
    </message>
    <message>
        <source>Financial item types</source>
        <translation>Financial item types</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Choose a group or a staff user.</source>
        <translation>Choose a group or a staff user.</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Group: %1</translation>
    </message>
    <message>
        <source>Staff user: %1</source>
        <translation>Staff user: %1</translation>
    </message>
    <message>
        <source>Members of this group:</source>
        <translation>Members of this group:</translation>
    </message>
    <message>
        <source>Groups of this user:</source>
        <translation>Groups of this user:</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Name of the group:</translation>
    </message>
</context>
<context>
    <name>StaffUserEditor</name>
    <message>
        <source>Staff user</source>
        <translation>Staff user</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Last name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Must change the password at the first sign-in</source>
        <translation>Must change the password at the first sign-in</translation>
    </message>
    <message>
        <source>The account is active</source>
        <translation>The account is active</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Groups (what a group may do is set on the staff permissions page):</source>
        <translation>Groups (what a group may do is set on the staff permissions page):</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Permissions…</source>
        <translation>Permissions…</translation>
    </message>
    <message>
        <source>New staff user</source>
        <translation>New staff user</translation>
    </message>
    <message>
        <source>Staff user %1</source>
        <translation>Staff user %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>Locked after failed sign-ins</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempts</source>
        <translation>
            <numerusform>%n failed sign-in attempts</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Must change the password at the next sign-in</source>
        <translation>Must change the password at the next sign-in</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>%1 will be asked to change it at the next sign-in.</source>
        <translation>%1 will be asked to change it at the next sign-in.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>The new password is set. Tell it to %1 in person.</source>
        <translation>The new password is set. Tell it to %1 in person.</translation>
    </message>
</context>
<context>
    <name>StaffUserService</name>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>The change could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>You do not have permission to manage staff users. Ask an administrator.</source>
        <translation>You do not have permission to manage staff users. Ask an administrator.</translation>
    </message>
    <message>
        <source>This staff user no longer exists.</source>
        <translation>This staff user no longer exists.</translation>
    </message>
    <message>
        <source>Enter the staff user&apos;s name.</source>
        <translation>Enter the staff user&apos;s name.</translation>
    </message>
    <message>
        <source>Only a system administrator may make a user an administrator.</source>
        <translation>Only a system administrator may make a user an administrator.</translation>
    </message>
    <message>
        <source>Only a system administrator may change an administrator&apos;s account.</source>
        <translation>Only a system administrator may change an administrator&apos;s account.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>%1 is the last active system administrator. Make another user an administrator first.</source>
        <translation>%1 is the last active system administrator. Make another user an administrator first.</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>The username %1 is already taken.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>The password could not be hashed.</translation>
    </message>
    <message>
        <source>%1 is not locked.</source>
        <translation>%1 is not locked.</translation>
    </message>
</context>
<context>
    <name>StaffUsersPage</name>
    <message>
        <source>All staff users</source>
        <translation>All staff users</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Staff users</source>
        <translation>Staff users</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Deactivate staff user</source>
        <translation>Deactivate staff user</translation>
    </message>
    <message>
        <source>Deactivate this staff user? They can no longer sign in until reactivated.</source>
        <translation>Deactivate this staff user? They can no longer sign in until reactivated.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>The user will be asked to change it at the next sign-in.</source>
        <translation>The user will be asked to change it at the next sign-in.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Permissions…</source>
        <translation>Permissions…</translation>
    </message>
    <message>
        <source>New staff user…</source>
        <translation>New staff user…</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database driver is not installed.</source>
        <translation>The database driver is not installed.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>This file is not a database. It was left unchanged.</source>
        <translation>This file is not a database. It was left unchanged.</translation>
    </message>
    <message>
        <source>The database file is damaged. It was left unchanged; restore it from a backup.</source>
        <translation>The database file is damaged. It was left unchanged; restore it from a backup.</translation>
    </message>
    <message>
        <source>This database was not created by Vafa. It was left unchanged.</source>
        <translation>This database was not created by Vafa. It was left unchanged.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Vafa. Update Vafa to open it; the database was left unchanged.</source>
        <translation>This database was written by a newer version of Vafa. Update Vafa to open it; the database was left unchanged.</translation>
    </message>
    <message>
        <source>The database could not be upgraded. Nothing was changed.</source>
        <translation>The database could not be upgraded. Nothing was changed.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>The database is busy with another change. Nothing was saved; try again in a moment.</source>
        <translation>The database is busy with another change. Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <source>The database is open read-only. Nothing was saved.</source>
        <translation>The database is open read-only. Nothing was saved.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>The database file is damaged, so Vafa saves nothing to it. Restore it from a backup.</source>
        <translation>The database file is damaged, so Vafa saves nothing to it. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The database could not be written. Nothing was saved.</source>
        <translation>The database could not be written. Nothing was saved.</translation>
    </message>
    <message>
        <source>This file holds no company. Choose a company file, or create a new company.</source>
        <translation>This file holds no company. Choose a company file, or create a new company.</translation>
    </message>
    <message>
        <source>The company&apos;s server runs an older version of Vafa&apos;s database. Ask its administrator to run «vafa server migrate»; nothing was changed.</source>
        <translation>The company&apos;s server runs an older version of Vafa&apos;s database. Ask its administrator to run «vafa server migrate»; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Reset to default…</source>
        <translation>&amp;Reset to default…</translation>
    </message>
    <message>
        <source>Main template (staff)</source>
        <translation>Main template (staff)</translation>
    </message>
    <message>
        <source>Public template (club)</source>
        <translation>Public template (club)</translation>
    </message>
    <message>
        <source>Item type:</source>
        <translation>Item type:</translation>
    </message>
    <message>
        <source>The template does not parse: %1</source>
        <translation>The template does not parse: %1</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <source>Replace this template with the built-in one? Your changes to it are lost.</source>
        <translation>Replace this template with the built-in one? Your changes to it are lost.</translation>
    </message>
    <message>
        <source>The built-in template is back.</source>
        <translation>The built-in template is back.</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The template has an error: %1</source>
        <translation>The template has an error: %1</translation>
    </message>
    <message>
        <source>The document cannot be found.</source>
        <translation>The document cannot be found.</translation>
    </message>
    <message>
        <source>The receipt cannot be found.</source>
        <translation>The receipt cannot be found.</translation>
    </message>
    <message>
        <source>The customer cannot be found.</source>
        <translation>The customer cannot be found.</translation>
    </message>
</context>
<context>
    <name>TicketPages</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Discard the changes that were not saved?</source>
        <translation>Discard the changes that were not saved?</translation>
    </message>
</context>
<context>
    <name>WizardArrows</name>
    <message>
        <source>&amp;Next ›</source>
        <translation>&amp;Next ›</translation>
    </message>
    <message>
        <source>‹ &amp;Back</source>
        <translation>‹ &amp;Back</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Sales documents</source>
        <translation>Sales documents</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>All receipts</source>
        <translation>All receipts</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>My customers</translation>
    </message>
    <message>
        <source>Invoices and contracts</source>
        <translation>Invoices and contracts</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>All payments</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Waiting for me</translation>
    </message>
    <message>
        <source>Documents under review</source>
        <translation>Documents under review</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>Never signed in</translation>
    </message>
    <message>
        <source>Signed in during the last 30 days</source>
        <translation>Signed in during the last 30 days</translation>
    </message>
    <message>
        <source>Not signed in for 90 days</source>
        <translation>Not signed in for 90 days</translation>
    </message>
    <message>
        <source>Agent club members</source>
        <translation>Agent club members</translation>
    </message>
    <message>
        <source>Customer club members</source>
        <translation>Customer club members</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Amount (%1)</translation>
    </message>
</context>
</TS>
