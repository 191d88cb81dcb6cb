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
        <source>%1 points</source>
        <translation>%1 points</translation>
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
        <source>%1 rows</source>
        <translation>%1 rows</translation>
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
        <source>Writing %1 rows…</source>
        <translation>Writing %1 rows…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Local database</translation>
    </message>
    <message>
        <source>&amp;Export list to Excel…</source>
        <translation>&amp;Export list to Excel…</translation>
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
    <name>PrintService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>the PDF could not be finished</translation>
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
    <name>QObject</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
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
        <source>This account is locked after too many failed attempts. Ask an administrator to unlock it.</source>
        <translation>This account is locked after too many failed attempts. Ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>Signing in failed because the database could not be read.</source>
        <translation>Signing in failed because the database could not be read.</translation>
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
</context>
<context>
    <name>Workspace</name>
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
        <source>Amount (rials)</source>
        <translation>Amount (rials)</translation>
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
        <source>Subject</source>
        <translation>Subject</translation>
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
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>All documents</translation>
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
        <source>Club members</source>
        <translation>Club members</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
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
        <source>All club members</source>
        <translation>All club members</translation>
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
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <source>Cartable</source>
        <translation>Cartable</translation>
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
</context>
</TS>
