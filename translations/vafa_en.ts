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
        <source>The standard edition allows at most %1 active agent users; %2 are active and %3 more were asked for.</source>
        <translation>The standard edition allows at most %1 active agent users; %2 are active and %3 more were asked for.</translation>
    </message>
    <message>
        <source>The standard edition allows at most %1 active customer users; %2 are active and %3 more were asked for.</source>
        <translation>The standard edition allows at most %1 active customer users; %2 are active and %3 more were asked for.</translation>
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
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
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
        <source>More active agent users than the licence allows: the standard edition allows %1.</source>
        <translation>More active agent users than the licence allows: the standard edition allows %1.</translation>
    </message>
    <message>
        <source>More active customer users than the licence allows: the standard edition allows %1.</source>
        <translation>More active customer users than the licence allows: the standard edition allows %1.</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>The import could not be saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was written.</source>
        <translation>
            <numerusform>%n row has errors; nothing was written.</numerusform>
            <numerusform>%n rows have errors; nothing was written.</numerusform>
        </translation>
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
        <source>Written in %1 ms (validation %2 ms, hashing %3 ms, saving %4 ms).</source>
        <translation>Written in %1 ms (validation %2 ms, hashing %3 ms, saving %4 ms).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The file is not a valid Excel (.xlsx) workbook.</source>
        <translation>The file is not a valid Excel (.xlsx) workbook.</translation>
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
        <source>Usage: vafa users import FILE --store DB [--mode add|update|upsert] [--kind customer|agent]
       [--username column|customer-number|mobile|email|pattern:PREFIX] [--password random|column]
       [--fill-only-empty] [--inactive] [--errors OUT] [--credentials OUT] [--dry-run]
FILE is a .csv (UTF-8) or .xlsx file whose first row names the columns (Persian or English).
Exit codes: 0 done, 1 rows with errors (nothing written), 2 usage, 3 cannot open, 4 write failed.</source>
        <translation>Usage: vafa users import FILE --store DB [--mode add|update|upsert] [--kind customer|agent]
       [--username column|customer-number|mobile|email|pattern:PREFIX] [--password random|column]
       [--fill-only-empty] [--inactive] [--errors OUT] [--credentials OUT] [--dry-run]
FILE is a .csv (UTF-8) or .xlsx file whose first row names the columns (Persian or English).
Exit codes: 0 done, 1 rows with errors (nothing written), 2 usage, 3 cannot open, 4 write failed.</translation>
    </message>
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
        <source>--errors needs a file name.</source>
        <translation>--errors needs a file name.</translation>
    </message>
    <message>
        <source>--credentials needs a file name.</source>
        <translation>--credentials needs a file name.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Only one file can be imported at a time.</source>
        <translation>Only one file can be imported at a time.</translation>
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
        <source>Columns matched: %1 of %2.</source>
        <translation>Columns matched: %1 of %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
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
        <source>Credentials written to %1</source>
        <translation>Credentials written to %1</translation>
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
        <source>The document could not be saved.</source>
        <translation>The document could not be saved.</translation>
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
        <source>The receipt could not be saved.</source>
        <translation>The receipt could not be saved.</translation>
    </message>
    <message>
        <source>The approval could not be saved.</source>
        <translation>The approval could not be saved.</translation>
    </message>
    <message>
        <source>A rejection needs a reason; the customer sees it.</source>
        <translation>A rejection needs a reason; the customer sees it.</translation>
    </message>
    <message>
        <source>The rejection could not be saved.</source>
        <translation>The rejection could not be saved.</translation>
    </message>
    <message>
        <source>The number could not be saved.</source>
        <translation>The number could not be saved.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
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
        <source>Signing in failed because the database could not be read.</source>
        <translation>Signing in failed because the database could not be read.</translation>
    </message>
    <message>
        <source>This account has been locked after too many failed attempts. Ask an administrator to unlock it.</source>
        <translation>This account has been locked after too many failed attempts. Ask an administrator to unlock it.</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Repeat the new password:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
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
        <source>&amp;Force password change</source>
        <translation>&amp;Force password change</translation>
    </message>
    <message>
        <source>Sign-in &amp;history</source>
        <translation>Sign-in &amp;history</translation>
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
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
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
