<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AppController</name>
    <message>
        <source>Vafa: customer and agent club</source>
        <translation>وفا: باشگاه مشتریان و نمایندگان</translation>
    </message>
    <message>
        <source>Create (once) and open the demo company.</source>
        <translation>شرکت نمونه را (فقط بار نخست) می‌سازد و باز می‌کند.</translation>
    </message>
    <message>
        <source>Number of identities in the demo company (up to 1000000).</source>
        <translation>تعداد هویت‌های شرکت نمونه (حداکثر 1000000).</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>این فایل پایگاه داده را باز می‌کند.</translation>
    </message>
    <message>
        <source>Write a PNG of every main view of every kind of user to this folder, then quit.</source>
        <translation>از هر نمای اصلیِ هر نوع کاربر یک تصویر PNG در این پوشه ذخیره می‌کند و سپس از برنامه خارج می‌شود.</translation>
    </message>
    <message>
        <source>Username to fill in at sign-in.</source>
        <translation>نام کاربری‌ای که در صفحه ورود از پیش پر می‌شود.</translation>
    </message>
    <message>
        <source>--demo-size takes a number from 100 to 1000000.</source>
        <translation>گزینه --demo-size عددی از 100 تا 1000000 می‌پذیرد.</translation>
    </message>
    <message>
        <source>--screenshots needs --demo or --store.</source>
        <translation>گزینه --screenshots فقط همراه با --demo یا --store به کار می‌رود.</translation>
    </message>
    <message>
        <source>Building the demo company…</source>
        <translation>در حال ساختن شرکت نمونه…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Vafa</source>
        <translation>وفا</translation>
    </message>
    <message>
        <source>The demo company was not built.</source>
        <translation>شرکت نمونه ساخته نشد.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>پایگاه داده: ‎%1</translation>
    </message>
    <message>
        <source>Name the database with --store FILE.</source>
        <translation>فایل پایگاه داده را با گزینه ‎--store FILE‎ مشخص کنید.</translation>
    </message>
    <message>
        <source>company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Welcome to Vafa. How would you like to begin?</source>
        <translation>به وفا خوش آمدید. چگونه شروع می‌کنید؟</translation>
    </message>
    <message>
        <source>Create a &amp;new company…</source>
        <translation>ایجاد شرکت &amp;جدید…</translation>
    </message>
    <message>
        <source>&amp;Open a company file…</source>
        <translation>&amp;باز کردن پروندهٔ یک شرکت…</translation>
    </message>
    <message>
        <source>Try the &amp;demo company</source>
        <translation>امتحان شرکت &amp;نمونه</translation>
    </message>
    <message>
        <source>Open a company file</source>
        <translation>باز کردن پروندهٔ شرکت</translation>
    </message>
    <message>
        <source>Vafa company (*.vafa);;All files (*)</source>
        <translation>شرکت وفا (*.vafa);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>The company opened last time (%1) could not be opened: %2</source>
        <translation>شرکتی که دفعهٔ پیش باز بود (%1) باز نشد: %2</translation>
    </message>
    <message>
        <source>Connect to the company&apos;s &amp;server…</source>
        <translation>اتصال به سرور شرکت…</translation>
    </message>
    <message>
        <source>The company&apos;s server «%1» could not be opened: %2</source>
        <translation>سرور شرکت «%1» باز نشد: %2</translation>
    </message>
    <message>
        <source>The password of the database user «%1» on the server «%2»:</source>
        <translation>رمز عبور کاربر پایگاه داده «‎%1» روی سرور «%2»:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Server: %1 (%2)</source>
        <translation>سرور: %1 (‎%2)</translation>
    </message>
</context>
<context>
    <name>BalancesPage</name>
    <message>
        <source>Only customers who owe or are owed</source>
        <translation>فقط مشتریانی که مانده حساب دارند</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>شماره مشتری</translation>
    </message>
    <message>
        <source>Customer balances</source>
        <translation>مانده حساب مشتریان</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>آیتم</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Choose a customer above to see their statement.</source>
        <translation>برای دیدن صورتحساب یک مشتری، او را در لیست بالا انتخاب کنید.</translation>
    </message>
    <message>
        <source>Debtor / creditor</source>
        <translation>تشخیص</translation>
    </message>
    <message>
        <source>&amp;Print statement…</source>
        <translation>&amp;چاپ صورتحساب…</translation>
    </message>
    <message>
        <source>Statement as P&amp;DF…</source>
        <translation>صورتحساب در فایل &amp;PDF…</translation>
    </message>
    <message>
        <source>Statement of %1 — balance %2 rials, %3</source>
        <translation>صورتحساب %1 — مانده %2 ریال، %3</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>ذخیرهٔ صورتحساب</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Debit (%1)</source>
        <translation>بدهکار (%1)</translation>
    </message>
    <message>
        <source>Credit (%1)</source>
        <translation>بستانکار (%1)</translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>مانده (%1)</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message numerus="yes">
        <source>Printing %Ln document(s)…</source>
        <translation>
            <numerusform>در حال چاپ %Ln سند…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Print all in this list</source>
        <translation>چاپ همه اسناد این لیست</translation>
    </message>
    <message numerus="yes">
        <source>Print the %Ln document(s) of this list, as they are filtered now?</source>
        <translation>
            <numerusform>%Ln سندِ این لیست، با همین فیلتر فعلی، چاپ شود؟</numerusform>
        </translation>
    </message>
    <message>
        <source>To a &amp;PDF file…</source>
        <translation>در فایل &amp;PDF…</translation>
    </message>
    <message>
        <source>To a p&amp;rinter…</source>
        <translation>با چاپگر…</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>چاپ در فایل PDF</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>فایل PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) printed to %1.</source>
        <translation>
            <numerusform>%Ln سند در «‎%1‎» چاپ شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) printed; these could not be:</source>
        <translation>
            <numerusform>%Ln سند چاپ شد؛ این موارد چاپ نشدند:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkMappingPage</name>
    <message>
        <source>Columns and rules</source>
        <translation>ستون‌ها و قواعد</translation>
    </message>
    <message>
        <source>Say which column fills each field, a value for empty cells, and how usernames and passwords are made.</source>
        <translation>مشخص کنید هر فیلد از کدام ستون پر شود، خانه‌های خالی چه مقداری بگیرند و نام کاربری و رمز عبور چگونه ساخته شوند.</translation>
    </message>
    <message>
        <source>&amp;Match same-named columns</source>
        <translation>تطبیق ستون‌های هم‌نام</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>با&amp;رگذاری</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>نام این نگاشت</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>&amp;ذخیره نگاشت</translation>
    </message>
    <message>
        <source>Usernames and passwords</source>
        <translation>نام کاربری و رمز عبور</translation>
    </message>
    <message>
        <source>User&amp;name from:</source>
        <translation>نام کاربری &amp;از روی:</translation>
    </message>
    <message>
        <source>The username column</source>
        <translation>ستون نام کاربری</translation>
    </message>
    <message>
        <source>The customer number</source>
        <translation>شماره مشتری</translation>
    </message>
    <message>
        <source>The mobile number</source>
        <translation>شماره موبایل</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>نشانی ایمیل</translation>
    </message>
    <message>
        <source>A prefix and a running number</source>
        <translation>پیشوند و شماره ترتیبی</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>پیشوند:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <source>Random, under the password policy</source>
        <translation>تصادفی، مطابق سیاست رمز عبور</translation>
    </message>
    <message>
        <source>The password column</source>
        <translation>ستون رمز عبور</translation>
    </message>
</context>
<context>
    <name>BulkPreviewPage</name>
    <message>
        <source>Check before anything is written</source>
        <translation>بررسی پیش از ذخیره</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes every row or, if anything goes wrong or you cancel, none.</source>
        <translation>هنوز هیچ چیزی ذخیره نشده است. ورود اطلاعات یا همه ردیف‌ها را ذخیره می‌کند، یا اگر خطایی رخ دهد یا آن را لغو کنید، هیچ‌کدام را.</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>فقط &amp;ردیف‌های دارای مشکل نمایش داده شوند</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>لغو &amp;ورود اطلاعات</translation>
    </message>
    <message>
        <source>Save the &amp;error file…</source>
        <translation>ذخیرهٔ فایل &amp;خطاها…</translation>
    </message>
</context>
<context>
    <name>BulkSourcePage</name>
    <message>
        <source>Who gets an account</source>
        <translation>چه کسانی حساب کاربری می‌گیرند</translation>
    </message>
    <message>
        <source>Choose identities that have no club account yet, or a file of users.</source>
        <translation>هویت‌هایی را که هنوز حساب کاربری باشگاه ندارند یا یک فایل کاربران را انتخاب کنید.</translation>
    </message>
    <message>
        <source>&amp;Identities without a club account</source>
        <translation>هویت‌های بد&amp;ون حساب کاربری باشگاه</translation>
    </message>
    <message>
        <source>A &amp;file (.xlsx or .csv)</source>
        <translation>یک فایل (‎.&amp;xlsx‎ یا ‎.csv‎)</translation>
    </message>
    <message>
        <source>Select the identities to give an account (click rows; Ctrl+A selects every row shown).</source>
        <translation>هویت‌هایی را که باید حساب کاربری بگیرند، انتخاب کنید (روی ردیف‌ها کلیک کنید؛ Ctrl+A همه ردیف‌های نمایش‌داده‌شده را انتخاب می‌کند).</translation>
    </message>
    <message>
        <source>Path of an .xlsx or .csv file</source>
        <translation>مسیر فایل ‎.xlsx‎ یا ‎.csv‎</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;انتخاب فایل…</translation>
    </message>
    <message>
        <source>The first row holds the column names. Columns named like the fields (in Persian or English) are matched automatically on the next page.</source>
        <translation>سطر اول فایل نام ستون‌ها را دارد. ستون‌هایی که هم‌نام فیلدها (به فارسی یا انگلیسی) باشند، در صفحه بعد به‌طور خودکار تطبیق داده می‌شوند.</translation>
    </message>
    <message>
        <source>Accounts that already exist</source>
        <translation>حساب‌های کاربری موجود</translation>
    </message>
    <message>
        <source>&amp;Add new accounts only (existing usernames are skipped)</source>
        <translation>فقط &amp;افزودن حساب‌های جدید (نام‌های کاربری موجود نادیده گرفته می‌شوند)</translation>
    </message>
    <message>
        <source>&amp;Update existing accounts only</source>
        <translation>فقط به‌&amp;روزرسانی حساب‌های موجود</translation>
    </message>
    <message>
        <source>Add new and update e&amp;xisting accounts</source>
        <translation>&amp;افزودن حساب‌های جدید و به‌روزرسانی حساب‌های موجود</translation>
    </message>
    <message>
        <source>When updating, fill only &amp;empty fields</source>
        <translation>هنگام به‌&amp;روزرسانی، فقط فیلدهای خالی پر شوند</translation>
    </message>
</context>
<context>
    <name>BulkSummaryPage</name>
    <message>
        <source>Done</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>What happened, and the files to keep.</source>
        <translation>نتیجه کار و فایل‌هایی که باید نگه دارید.</translation>
    </message>
    <message>
        <source>Save the &amp;error file…</source>
        <translation>&amp;ذخیره فایل خطاها…</translation>
    </message>
    <message>
        <source>Save the &amp;credentials file…</source>
        <translation>ذخیره فایل &amp;اطلاعات ورود…</translation>
    </message>
    <message>
        <source>Save credential &amp;letters (PDF)…</source>
        <translation>&amp;ذخیره نامه‌های اطلاعات ورود (PDF)…</translation>
    </message>
</context>
<context>
    <name>BulkUserWizard</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>شماره مشتری</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نوع پروفایل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد/شناسه ملی</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <source>All identities</source>
        <translation>همه هویت‌ها</translation>
    </message>
    <message>
        <source>Identities without a club account</source>
        <translation>هویت‌های بدون حساب کاربری باشگاه</translation>
    </message>
    <message>
        <source>Users file</source>
        <translation>فایل کاربران</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>فایل‌های اکسل و CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The accounts were written</source>
        <translation>حساب‌های کاربری ذخیره شدند</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>هیچ چیزی ذخیره نشد</translation>
    </message>
    <message>
        <source>Create agent accounts in bulk</source>
        <translation>ایجاد گروهی حساب کاربری نمایندگان</translation>
    </message>
    <message>
        <source>Create customer accounts in bulk</source>
        <translation>ایجاد گروهی حساب کاربری مشتریان</translation>
    </message>
    <message>
        <source>Save the credentials file</source>
        <translation>ذخیره فایل اطلاعات ورود</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>فایل CSV (*.csv);;فایل اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>Save credential letters</source>
        <translation>ذخیره نامه‌های اطلاعات ورود</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing credential letters…</source>
        <translation>در حال نوشتن نامه‌های اطلاعات ورود…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
</context>
<context>
    <name>CartablePages</name>
    <message>
        <source>Arrived</source>
        <translation>زمان ورود</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>فرآیند</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>زمان پایان</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>زمان مشاهده</translation>
    </message>
    <message>
        <source>Cartable</source>
        <translation>کارتابل</translation>
    </message>
</context>
<context>
    <name>CategoryMoveDialog</name>
    <message>
        <source>Move category</source>
        <translation>انتقال دسته‌بندی</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته‌بندی</translation>
    </message>
    <message>
        <source>Move «%1» under:</source>
        <translation>انتقال «%1» به زیر:</translation>
    </message>
    <message>
        <source>(the top of «%1»)</source>
        <translation>(بالاترین سطح «%1»)</translation>
    </message>
</context>
<context>
    <name>CategoryService</name>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>تغییر ذخیره نشد. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>You do not have permission to change the category tree. Ask an administrator.</source>
        <translation>شما مجوز تغییر درخت دسته‌بندی‌ها را ندارید. از مدیر سیستم بخواهید.</translation>
    </message>
    <message>
        <source>This category no longer exists.</source>
        <translation>این دسته‌بندی دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>«%1» is private: only its creator, a system administrator or the database manager may change it.</source>
        <translation>«%1» اختصاصی است: فقط سازندهٔ آن، مدیر سیستم یا مدیر بانک اطلاعاتی می‌تواند آن را تغییر دهد.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>دسته‌بندی باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>A category named «%1» already exists at this level.</source>
        <translation>دسته‌بندی‌ای با نام «%1» در همین سطح وجود دارد.</translation>
    </message>
    <message>
        <source>A category cannot be moved into another tree.</source>
        <translation>دسته‌بندی را نمی‌توان به درخت دیگری منتقل کرد.</translation>
    </message>
    <message>
        <source>«%1» cannot be moved into itself or one of its own sub-categories.</source>
        <translation>«%1» را نمی‌توان به درون خودش یا یکی از زیردسته‌هایش منتقل کرد.</translation>
    </message>
    <message numerus="yes">
        <source>«%1» still holds %n identities; move them to another category first.</source>
        <translation>
            <numerusform>«%1» هنوز %n هویت دارد؛ ابتدا آن‌ها را به دسته‌بندی دیگری منتقل کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>«%1» still has %n sub-categories; move or delete them first.</source>
        <translation>
            <numerusform>«%1» هنوز %n زیردسته دارد؛ ابتدا آن‌ها را منتقل یا حذف کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the creator of «%1», a system administrator or the database manager may make it private or public.</source>
        <translation>فقط سازندهٔ «%1»، مدیر سیستم یا مدیر بانک اطلاعاتی می‌تواند آن را اختصاصی یا عمومی کند.</translation>
    </message>
</context>
<context>
    <name>CategoryTreePage</name>
    <message>
        <source>Fields of activity</source>
        <translation>حوزه‌های فعالیت</translation>
    </message>
    <message>
        <source>Identity database</source>
        <translation>بانک اطلاعاتی</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>دسته‌بندی‌ها</translation>
    </message>
    <message>
        <source>Drag a category onto another to move it under it. Private categories (red) are seen only by their creator, system administrators and the database manager.</source>
        <translation>برای انتقال یک دسته‌بندی، آن را روی دسته‌بندی دیگر بکشید. دسته‌بندی‌های اختصاصی (قرمز) را فقط سازنده، مدیران سیستم و مدیر بانک اطلاعاتی می‌بینند.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته‌بندی</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>هویت‌ها</translation>
    </message>
    <message>
        <source>Sub-categories</source>
        <translation>زیردسته‌ها</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>دسته‌بندی جدید…</translation>
    </message>
    <message>
        <source>New sub-category…</source>
        <translation>زیردستهٔ جدید…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>انتقال به…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Make private</source>
        <translation>تبدیل به اختصاصی</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>اختصاصی</translation>
    </message>
    <message>
        <source>Make public</source>
        <translation>تبدیل به عمومی</translation>
    </message>
    <message>
        <source>New sub-category</source>
        <translation>زیردستهٔ جدید</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>دسته‌بندی جدید</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>تغییر نام دسته‌بندی</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>نام جدید:</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>حذف دسته‌بندی</translation>
    </message>
    <message>
        <source>Delete the category «%1»?</source>
        <translation>دسته‌بندی «%1» حذف شود؟</translation>
    </message>
</context>
<context>
    <name>Club</name>
    <message numerus="yes">
        <source>The password must be at least %n characters long.</source>
        <translation>
            <numerusform>رمز عبور باید دست‌کم %Ln کاراکتر داشته باشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must contain an upper-case letter, a lower-case letter and a digit.</source>
        <translation>رمز عبور باید دست‌کم یک حرف بزرگ انگلیسی، یک حرف کوچک انگلیسی و یک رقم داشته باشد.</translation>
    </message>
    <message>
        <source>A username is required.</source>
        <translation>نام کاربری الزامی است.</translation>
    </message>
    <message>
        <source>A username may contain only English letters, digits and . _ - @ \ /</source>
        <translation>نام کاربری فقط می‌تواند از حروف انگلیسی، رقم و کاراکترهای ‎. _ - @ \ /‎ تشکیل شود.</translation>
    </message>
    <message>
        <source>A username must be at least 5 characters long.</source>
        <translation>نام کاربری باید دست‌کم ۵ کاراکتر داشته باشد.</translation>
    </message>
    <message>
        <source>An email address is required.</source>
        <translation>نشانی ایمیل الزامی است.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>نشانی ایمیل معتبر نیست.</translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation>پایگاه داده خوانده نشد.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>شما مجوز انجام این کار را ندارید.</translation>
    </message>
    <message>
        <source>The user was not found.</source>
        <translation>کاربر پیدا نشد.</translation>
    </message>
    <message>
        <source>This is not a club user.</source>
        <translation>این کاربر، کاربر باشگاه نیست.</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>نام کاربری «‎%1‎» قبلاً استفاده شده است.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>درهم‌سازی رمز عبور انجام نشد.</translation>
    </message>
    <message>
        <source>The agent club is not enabled.</source>
        <translation>باشگاه نمایندگان فعال نیست.</translation>
    </message>
    <message>
        <source>The customer club is not enabled.</source>
        <translation>باشگاه مشتریان فعال نیست.</translation>
    </message>
    <message>
        <source>Choose the default category for new agents first.</source>
        <translation>ابتدا «گروه پیش‌فرض ذخیره نماینده» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the default category for new customers first.</source>
        <translation>ابتدا «گروه پیش‌فرض ذخیره مشتریان» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>A first or last name is required.</source>
        <translation>وارد کردن نام یا نام خانوادگی الزامی است.</translation>
    </message>
    <message>
        <source>A company name is required.</source>
        <translation>وارد کردن نام شرکت الزامی است.</translation>
    </message>
    <message>
        <source>The identity subtype does not fit this kind of member.</source>
        <translation>زیرنوع هویت با این نوع عضو سازگار نیست.</translation>
    </message>
    <message>
        <source>The identity was not found.</source>
        <translation>هویت پیدا نشد.</translation>
    </message>
    <message>
        <source>Club users can be defined only for customer, agent and supplier identities.</source>
        <translation>کاربر باشگاه فقط برای هویت‌های مشتری، نماینده و تأمین‌کننده قابل تعریف است.</translation>
    </message>
    <message>
        <source>This identity already has a club account.</source>
        <translation>این هویت از قبل حساب کاربری باشگاه دارد.</translation>
    </message>
    <message>
        <source>This registration is already approved.</source>
        <translation>این ثبت‌نام قبلاً تأیید شده است.</translation>
    </message>
    <message>
        <source>Only a pending registration can be rejected.</source>
        <translation>فقط ثبت‌نامی را که در انتظار تأیید است، می‌توان رد کرد.</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>نوع کاربری</translation>
    </message>
    <message>
        <source>Identity type</source>
        <translation>نوع هویت</translation>
    </message>
    <message>
        <source>Identity subtype</source>
        <translation>زیرنوع هویت</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>User key</source>
        <translation>کلید کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Phone password</source>
        <translation>رمز تلفنی</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Password never expires</source>
        <translation>عدم فعال‌سازی مدت زمان عبور</translation>
    </message>
    <message>
        <source>Commission percent</source>
        <translation>درصد پورسانت</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد/شناسه ملی</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>شماره مشتری</translation>
    </message>
    <message>
        <source>The row has %1 of the %2 columns.</source>
        <translation>این ردیف فقط %L1 ستون از %L2 ستون را دارد.</translation>
    </message>
    <message>
        <source>Only customer and agent users can be imported here (user type &quot;%1&quot;).</source>
        <translation>در اینجا فقط کاربران مشتری و نماینده را می‌توان وارد کرد (نوع کاربری «%1»).</translation>
    </message>
    <message>
        <source>The identity type must be person (حقیقی) or organisation (حقوقی).</source>
        <translation>نوع هویت باید «حقیقی» یا «حقوقی» باشد.</translation>
    </message>
    <message>
        <source>The identity subtype &quot;%1&quot; does not exist.</source>
        <translation>زیرنوع هویت «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>The identity subtype &quot;%1&quot; does not fit this kind of user.</source>
        <translation>زیرنوع هویت «%1» با این نوع کاربر سازگار نیست.</translation>
    </message>
    <message>
        <source>The commission must be a number from 0 to 100, without a percent sign.</source>
        <translation>درصد پورسانت باید عددی از ۰ تا ۱۰۰ و بدون علامت درصد باشد.</translation>
    </message>
    <message>
        <source>Active must be yes or no (بلی/خیر, true/false, 1/0).</source>
        <translation>مقدار «فعال» باید بلی یا خیر باشد (بلی/خیر، ‎true/false‎ یا ‎1/0‎).</translation>
    </message>
    <message>
        <source>The row has no customer number to make the username from.</source>
        <translation>این ردیف شماره مشتری ندارد تا نام کاربری از روی آن ساخته شود.</translation>
    </message>
    <message>
        <source>The row has no mobile number to make the username from.</source>
        <translation>این ردیف شماره موبایل ندارد تا نام کاربری از روی آن ساخته شود.</translation>
    </message>
    <message>
        <source>The row has no email address to make the username from.</source>
        <translation>این ردیف نشانی ایمیل ندارد تا نام کاربری از روی آن ساخته شود.</translation>
    </message>
    <message>
        <source>The username %1 belongs to a staff account.</source>
        <translation>نام کاربری «‎%1‎» متعلق به حساب کاربری یک کارمند است.</translation>
    </message>
    <message>
        <source>No user has the username %1.</source>
        <translation>هیچ کاربری با نام کاربری «‎%1‎» وجود ندارد.</translation>
    </message>
    <message>
        <source>The username %1 already exists.</source>
        <translation>نام کاربری «‎%1‎» از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>The username %1 is also on line %2 of the file.</source>
        <translation>نام کاربری «‎%1‎» در سطر %L2 فایل نیز آمده است.</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>رمز عبور الزامی است.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>The workbook has no first worksheet.</source>
        <translation>فایل اکسل هیچ کاربرگی ندارد.</translation>
    </message>
    <message>
        <source>The worksheet could not be read: %1</source>
        <translation>کاربرگ خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>فایل «‎%1‎» باز نشد: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be created.</source>
        <translation>ایجاد فایل «‎%1‎» ممکن نشد.</translation>
    </message>
    <message>
        <source>--kind needs customer or agent.</source>
        <translation>گزینه ‎--kind‎ یکی از مقادیر customer یا agent را لازم دارد.</translation>
    </message>
    <message>
        <source>--username needs a rule.</source>
        <translation>گزینه ‎--username‎ به یک قاعده نیاز دارد.</translation>
    </message>
    <message>
        <source>Unknown username rule: %1</source>
        <translation>قاعده ناشناخته برای نام کاربری: ‎%1</translation>
    </message>
    <message>
        <source>--password needs random or column.</source>
        <translation>گزینه ‎--password‎ یکی از مقادیر random یا column را لازم دارد.</translation>
    </message>
    <message>
        <source>Unknown password rule: %1</source>
        <translation>قاعده ناشناخته برای رمز عبور: ‎%1</translation>
    </message>
    <message>
        <source>--credentials needs a file name.</source>
        <translation>گزینه ‎--credentials‎ به نام فایل نیاز دارد.</translation>
    </message>
    <message>
        <source>Credentials written to %1</source>
        <translation>اطلاعات ورود در فایل «‎%1‎» ذخیره شد.</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>تغییر ذخیره نشد. هیچ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The file&apos;s password column is ignored on %L1 rows: the password rule is &quot;random&quot;, so every new account gets a random password.</source>
        <translation>ستون رمز عبور فایل در %L1 ردیف نادیده گرفته می‌شود: قاعدهٔ رمز «تصادفی» است و هر حساب تازه رمزی تصادفی می‌گیرد.</translation>
    </message>
    <message>
        <source>The username %1 was taken after the preview.</source>
        <translation>نام کاربری %1 پس از پیش‌نمایش به کار گرفته شد.</translation>
    </message>
    <message>
        <source>This identity was given a club account after the preview.</source>
        <translation>پس از پیش‌نمایش برای این هویت حساب باشگاه ساخته شد.</translation>
    </message>
    <message>
        <source>The user %1 was removed after the preview.</source>
        <translation>کاربر %1 پس از پیش‌نمایش حذف شد.</translation>
    </message>
    <message>
        <source>%L1 rows changed in the database since the preview; nothing was saved. Check them and import again.</source>
        <translation>%L1 ردیف پس از پیش‌نمایش در پایگاه داده تغییر کرد؛ هیچ چیز ذخیره نشد. آن‌ها را بررسی کنید و دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>The database could not be read; nothing was saved.</source>
        <translation>پایگاه داده خوانده نشد؛ هیچ چیز ذخیره نشد.</translation>
    </message>
    <message>
        <source>The licence allows %L1 active agent users; %L2 are active now and the import adds %L3. Nothing was saved.</source>
        <translation>مجوز حداکثر %L1 کاربر فعال نماینده را اجازه می‌دهد؛ اکنون %L2 کاربر فعال است و این ورود %L3 کاربر فعال می‌افزاید. هیچ چیز ذخیره نشد.</translation>
    </message>
    <message>
        <source>The licence allows %L1 active customer users (suppliers included); %L2 are active now and the import adds %L3. Nothing was saved.</source>
        <translation>مجوز حداکثر %L1 کاربر فعال مشتری (با تأمین‌کنندگان) را اجازه می‌دهد؛ اکنون %L2 کاربر فعال است و این ورود %L3 کاربر فعال می‌افزاید. هیچ چیز ذخیره نشد.</translation>
    </message>
    <message>
        <source>The workbook is out of proportion (it would unpack to far more than it holds) and was not read.</source>
        <translation>این کارپوشهٔ اکسل نامتناسب است (باز شدنش بسیار بیش از حجم خودش جا می‌گیرد) و خوانده نشد.</translation>
    </message>
    <message>
        <source>The sheet is out of proportion (more than %L1 rows or %L2 columns) and was not read.</source>
        <translation>این برگه نامتناسب است (بیش از %L1 ردیف یا %L2 ستون دارد) و خوانده نشد.</translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation>فایل %1 را نمی‌توان جایگزین کرد.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2</source>
        <translation>فایل %1 ساخته نشد: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>فایل %1 نوشته نشد: %2</translation>
    </message>
    <message>
        <source>The file is not a valid Excel (%1) workbook.</source>
        <translation>این فایل، یک فایل اکسل معتبر (%1) نیست.</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding could not be recognised. Save it from Excel as &quot;CSV UTF-8&quot; or as an Excel workbook (%1) and try again.</source>
        <translation>کدگذاری متن فایل شناخته نشد. آن را در اکسل با قالب «CSV UTF-8» یا به صورت کارپوشهٔ اکسل (%1) ذخیره کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The licence allows at most %1 active agent users; %2 are active and %3 more were asked for.</source>
        <translation>مجوز نرم‌افزار حداکثر %1 کاربر فعال نماینده را مجاز می‌داند؛ %2 کاربر فعال است و %3 کاربر دیگر درخواست شده است.</translation>
    </message>
    <message>
        <source>The licence allows at most %1 active customer users; %2 are active and %3 more were asked for.</source>
        <translation>مجوز نرم‌افزار حداکثر %1 کاربر فعال مشتری را مجاز می‌داند؛ %2 کاربر فعال است و %3 کاربر دیگر درخواست شده است.</translation>
    </message>
    <message>
        <source>More active agent users than the licence allows: it allows %1.</source>
        <translation>تعداد کاربران فعال نماینده بیش از حد مجوز است: مجوز %1 کاربر را مجاز می‌داند.</translation>
    </message>
    <message>
        <source>More active customer users than the licence allows: it allows %1.</source>
        <translation>تعداد کاربران فعال مشتری بیش از حد مجوز است: مجوز %1 کاربر را مجاز می‌داند.</translation>
    </message>
    <message>
        <source>Usage: vafa users import FILE --store DB [--mode add|update|upsert] [--kind customer|agent]
       [--username column|customer-number|mobile|email|pattern:PREFIX] [--password random|column]
       [--fill-only-empty] [--inactive] [--errors OUT] [--credentials OUT] [--dry-run]</source>
        <translation>کاربرد: vafa users import FILE --store DB [--mode add|update|upsert] [--kind customer|agent]
       [--username column|customer-number|mobile|email|pattern:PREFIX] [--password random|column]
       [--fill-only-empty] [--inactive] [--errors OUT] [--credentials OUT] [--dry-run]</translation>
    </message>
</context>
<context>
    <name>ClubConfiguration</name>
    <message>
        <source>You do not have permission to change these settings. Ask an administrator.</source>
        <translation>شما مجوز تغییر این تنظیمات را ندارید. از مدیر سیستم بخواهید.</translation>
    </message>
    <message>
        <source>The settings could not be saved. Nothing was changed.</source>
        <translation>تنظیمات ذخیره نشد. هیچ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The licence does not include the agent club, so it cannot be turned on.</source>
        <translation>باشگاه نمایندگان در مجوز نرم‌افزار نیست و نمی‌توان آن را فعال کرد.</translation>
    </message>
    <message>
        <source>The licence does not include the customer club, so it cannot be turned on.</source>
        <translation>باشگاه مشتریان در مجوز نرم‌افزار نیست و نمی‌توان آن را فعال کرد.</translation>
    </message>
</context>
<context>
    <name>ClubDashboardPage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>%1، خوش آمدید</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>مانده حساب</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>تسویه شده</translation>
    </message>
    <message>
        <source>%1 owed</source>
        <translation>%1 بدهکار</translation>
    </message>
    <message>
        <source>%1 in credit</source>
        <translation>%1 بستانکار</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیازات</translation>
    </message>
    <message>
        <source>Earned %1, spent %2, expired %3</source>
        <translation>کسب شده: %1، مصرف شده: %2، منقضی شده: %3</translation>
    </message>
    <message>
        <source>Steps waiting for you</source>
        <translation>مراحل در انتظار شما</translation>
    </message>
    <message>
        <source>Latest approved documents</source>
        <translation>آخرین اسناد تأیید شده</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln امتیاز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClubFlagsMatrixModel</name>
    <message>
        <source>Item type</source>
        <translation>نوع آیتم</translation>
    </message>
    <message>
        <source>Customers
create</source>
        <translation>مشتریان
ایجاد</translation>
    </message>
    <message>
        <source>Customers
view</source>
        <translation>مشتریان
مشاهده</translation>
    </message>
    <message>
        <source>Customers
see custom fields</source>
        <translation>مشتریان
مشاهده فیلدهای اضافه</translation>
    </message>
    <message>
        <source>Agents
create</source>
        <translation>نمایندگان
ایجاد</translation>
    </message>
    <message>
        <source>Agents
view</source>
        <translation>نمایندگان
مشاهده</translation>
    </message>
    <message>
        <source>Agents
see custom fields</source>
        <translation>نمایندگان
مشاهده فیلدهای اضافه</translation>
    </message>
</context>
<context>
    <name>ClubSettingsPage</name>
    <message>
        <source>Club settings</source>
        <translation>تنظیمات باشگاه</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>ماژول‌ها</translation>
    </message>
    <message>
        <source>Customer club</source>
        <translation>باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Agent club</source>
        <translation>باشگاه نمایندگان</translation>
    </message>
    <message>
        <source>The two clubs are separate modules: turning one on does not turn on the other.</source>
        <translation>این دو باشگاه ماژول‌های جداگانه‌ای هستند: فعال کردن یکی، دیگری را فعال نمی‌کند.</translation>
    </message>
    <message>
        <source>Active customer club users:</source>
        <translation>کاربران فعال باشگاه مشتریان:</translation>
    </message>
    <message>
        <source>Active agent club users:</source>
        <translation>کاربران فعال باشگاه نمایندگان:</translation>
    </message>
    <message>
        <source>Default categories</source>
        <translation>دسته‌بندی‌های پیش‌فرض</translation>
    </message>
    <message>
        <source>New &amp;customers are saved in:</source>
        <translation>گروه پیش‌فرض &amp;ذخیره مشتریان:</translation>
    </message>
    <message>
        <source>New &amp;agents are saved in:</source>
        <translation>گروه پیش‌فرض &amp;ذخیره نماینده:</translation>
    </message>
    <message>
        <source>Identities &amp;agents create are saved in:</source>
        <translation>گروه &amp;ذخیره هویت‌های ایجادشده توسط نمایندگان:</translation>
    </message>
    <message>
        <source>Self-registration</source>
        <translation>ثبت‌نام در باشگاه</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Customers may register themselves in the club</source>
        <translation>امکان ثبت‌نام مشتریان در باشگاه</translation>
    </message>
    <message>
        <source>Hide the account balance on the club dashboard</source>
        <translation>مخفی کردن مانده‌حساب در داشبورد باشگاه</translation>
    </message>
    <message>
        <source>Fields required at registration:</source>
        <translation>فیلدهای اجباری ثبت‌نام:</translation>
    </message>
    <message>
        <source>Identity types a new member may choose:</source>
        <translation>انواع هویت‌های قابل ثبت‌نام:</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>نمایندگان</translation>
    </message>
    <message>
        <source>Agents may register themselves in the club</source>
        <translation>امکان ثبت‌نام نمایندگان در باشگاه</translation>
    </message>
    <message>
        <source>Password and sign-in</source>
        <translation>رمز عبور و ورود</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>&amp;Minimum length:</source>
        <translation>حد&amp;اقل طول:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> کاراکتر</translation>
    </message>
    <message>
        <source>Require an upper-case letter, a lower-case letter and a digit</source>
        <translation>الزام به داشتن حرف بزرگ، حرف کوچک و رقم</translation>
    </message>
    <message>
        <source>Passwords &amp;expire after:</source>
        <translation>&amp;انقضای رمز عبور پس از:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Users must change their password at first sign-in</source>
        <translation>کاربران باید در اولین ورود، رمز عبور خود را تغییر دهند</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>&amp;Lock the account after:</source>
        <translation>قفل شدن حساب پس &amp;از:</translation>
    </message>
    <message>
        <source>Never lock</source>
        <translation>هرگز قفل نشود</translation>
    </message>
    <message>
        <source> failed attempts</source>
        <translation> تلاش ناموفق</translation>
    </message>
    <message>
        <source>&amp;Session stays valid for:</source>
        <translation>مدت &amp;اعتبار نشست:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Club dashboard</source>
        <translation>داشبورد باشگاه</translation>
    </message>
    <message>
        <source>&amp;Language of the text:</source>
        <translation>&amp;زبان متن:</translation>
    </message>
    <message>
        <source>One design serves both the customer and the agent panel. Enter the text in each language.</source>
        <translation>یک طراحی برای هر دو پنل مشتریان و نمایندگان به کار می‌رود. متن را برای هر زبان جداگانه وارد کنید.</translation>
    </message>
    <message>
        <source>Banner (top of the club dashboard):</source>
        <translation>بنر (بالای داشبورد باشگاه):</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>فوتر:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>با&amp;زگردانی</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(تعیین نشده)</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Customers can register themselves only when new customers have a default category. Choose one under Default categories.</source>
        <translation>مشتریان فقط وقتی می‌توانند خودشان ثبت‌نام کنند که «گروه پیش‌فرض ذخیره مشتریان» تعیین شده باشد. آن را در بخش «دسته‌بندی‌های پیش‌فرض» انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose at least one identity type that self-registering customers may pick.</source>
        <translation>دست‌کم یک نوع هویت انتخاب کنید که مشتریان هنگام ثبت‌نام بتوانند آن را برگزینند.</translation>
    </message>
    <message>
        <source>Choose at least one identity type that self-registering agents may pick.</source>
        <translation>دست‌کم یک نوع هویت انتخاب کنید که نمایندگان هنگام ثبت‌نام بتوانند آن را برگزینند.</translation>
    </message>
    <message>
        <source>A complex password has an upper-case letter, a lower-case letter and a digit, so the minimum length must be at least 3.</source>
        <translation>رمز عبور پیچیده دست‌کم یک حرف بزرگ، یک حرف کوچک و یک رقم دارد؛ بنابراین حداقل طول آن باید دست‌کم ۳ باشد.</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (بدون محدودیت)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>A lock-out &amp;lasts:</source>
        <translation>مدت &amp;قفل ماندن حساب:</translation>
    </message>
    <message>
        <source>After this time the account opens again by itself; an administrator can unlock it sooner.</source>
        <translation>پس از این مدت، حساب خودبه‌خود باز می‌شود؛ مدیر سیستم می‌تواند زودتر قفل آن را باز کند.</translation>
    </message>
    <message>
        <source>Modules and licence</source>
        <translation>ماژول‌ها و مجوز</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>مجوز نرم‌افزار</translation>
    </message>
    <message>
        <source>Licensed to:</source>
        <translation>صاحب مجوز:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>نسخه:</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>ماژول‌ها:</translation>
    </message>
    <message>
        <source>Valid through:</source>
        <translation>معتبر تا:</translation>
    </message>
    <message>
        <source>Install licence…</source>
        <translation>نصب مجوز…</translation>
    </message>
    <message>
        <source>A licence from the vendor is installed and in force.</source>
        <translation>مجوز فروشنده نصب شده و معتبر است.</translation>
    </message>
    <message>
        <source>The installed licence is not in force: %1 The standard edition&apos;s limits apply.</source>
        <translation>مجوز نصب‌شده معتبر نیست: %1 محدودیت‌های نسخهٔ استاندارد اعمال می‌شود.</translation>
    </message>
    <message>
        <source>%1 (national ID %2)</source>
        <translation>%1 (شناسه ملی %2)</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>پیشرفته (سازمانی)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>استاندارد</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>The licence does not include this module.</source>
        <translation>این ماژول در مجوز نرم‌افزار نیست.</translation>
    </message>
    <message>
        <source>Install licence</source>
        <translation>نصب مجوز</translation>
    </message>
    <message>
        <source>Vafa licences (*.vafa-licence);;All files (*)</source>
        <translation>مجوزهای وفا (*.vafa-licence);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>فایل خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>The licence was not installed. %1</source>
        <translation>مجوز نصب نشد. %1</translation>
    </message>
    <message>
        <source>The licence for %1 is installed and valid through %2.</source>
        <translation>مجوز «%1» نصب شد و تا %2 معتبر است.</translation>
    </message>
    <message>
        <source>%1 (%2 days from today)</source>
        <translation>%1 (%2 روز دیگر)</translation>
    </message>
    <message>
        <source>%1; the licence does not include this club</source>
        <translation>%1؛ این باشگاه در مجوز نیست</translation>
    </message>
</context>
<context>
    <name>CompanyAdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>نخستین مدیر سیستم</translation>
    </message>
    <message>
        <source>This account may do everything; it adds the other staff users afterwards.</source>
        <translation>این حساب همهٔ کارها را می‌تواند انجام دهد و پس از آن کاربران دیگر کارمندان را اضافه می‌کند.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>L&amp;ast name:</source>
        <translation>نام خانوادگی:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>تکرار رمز عبور:</translation>
    </message>
    <message>
        <source>Company &amp;file:</source>
        <translation>پروندهٔ شرکت:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
</context>
<context>
    <name>CompanyInitCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 به یک مقدار نیاز دارد.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>گزینهٔ ناشناخته: %1</translation>
    </message>
    <message>
        <source>--store, --name, --admin and --admin-password-file are all needed.</source>
        <translation>هر چهار گزینهٔ --store، --name، --admin و --admin-password-file لازم است.</translation>
    </message>
    <message>
        <source>The only preset is “standard”.</source>
        <translation>تنها پیش‌فرض موجود «standard» است.</translation>
    </message>
    <message>
        <source>The password file cannot be read: %1</source>
        <translation>پروندهٔ رمز عبور خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>Usage: vafa company init --store FILE --name NAME --admin USER --admin-password-file F
       [--person] [--national-id ID] [--economic-code CODE] [--registration-number N]
       [--postal-code CODE] [--address TEXT] [--phone PHONE] [--logo IMAGE] [--seal IMAGE]
       [--money-unit rial|toman] [--vat PERCENT] [--bank NAME] [--bank-account NUMBER] [--iban IBAN]
       [--preset standard]
Exit codes: 0 created, 2 usage, 3 cannot create or open the file, 4 refused or not written.</source>
        <translation>روش کاربرد: vafa company init --store FILE --name NAME --admin USER --admin-password-file F
       [--person] [--national-id ID] [--economic-code CODE] [--registration-number N]
       [--postal-code CODE] [--address TEXT] [--phone PHONE] [--logo IMAGE] [--seal IMAGE]
       [--money-unit rial|toman] [--vat PERCENT] [--bank NAME] [--bank-account NUMBER] [--iban IBAN]
       [--preset standard]
کدهای خروج: ۰ ساخته شد، ۲ کاربرد نادرست، ۳ پرونده ساخته یا باز نشد، ۴ رد شد یا نوشته نشد.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read: %2</source>
        <translation>تصویر %1 خوانده نشد: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 تصویر PNG یا JPEG نیست.</translation>
    </message>
    <message>
        <source>--money-unit is rial or toman.</source>
        <translation>مقدار --money-unit یکی از rial یا toman است.</translation>
    </message>
    <message>
        <source>--vat is a percentage such as 10.</source>
        <translation>مقدار --vat درصدی مانند 10 است.</translation>
    </message>
</context>
<context>
    <name>CompanyInvoicePage</name>
    <message>
        <source>Invoices and money</source>
        <translation>فاکتور و پول</translation>
    </message>
    <message>
        <source>The logo and the seal print on invoices, receipts and contracts; amounts are kept in rials and shown the way the company counts.</source>
        <translation>آرم و مهر روی فاکتورها، رسیدها و قراردادها چاپ می‌شوند؛ مبالغ به ریال نگه داشته و به واحدی که شرکت حساب می‌کند نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>آرم:</translation>
    </message>
    <message>
        <source>Seal and signature:</source>
        <translation>مهر و امضا:</translation>
    </message>
    <message>
        <source>Show amounts in:</source>
        <translation>نمایش مبالغ به:</translation>
    </message>
    <message>
        <source>Default VAT:</source>
        <translation>مالیات بر ارزش افزوده پیش‌فرض:</translation>
    </message>
    <message>
        <source>The company&apos;s bank account (can be completed later under finance)</source>
        <translation>حساب بانکی شرکت (بعداً در بخش مالی هم می‌توان تکمیلش کرد)</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>بانک:</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>شماره حساب:</translation>
    </message>
    <message>
        <source>IBAN (Sheba):</source>
        <translation>شماره شبا:</translation>
    </message>
    <message>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <source>Toman (ten rials)</source>
        <translation>تومان (ده ریال)</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>Enter the company&apos;s legal name.</source>
        <translation>نام قانونی شرکت را وارد کنید.</translation>
    </message>
    <message>
        <source>Only a system administrator may change the company&apos;s profile.</source>
        <translation>تنها مدیر سیستم می‌تواند مشخصات شرکت را تغییر دهد.</translation>
    </message>
    <message>
        <source>The company&apos;s profile could not be saved. Nothing was changed.</source>
        <translation>مشخصات شرکت ذخیره نشد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100 percent.</source>
        <translation>نرخ مالیات بر ارزش افزوده باید بین ۰ و ۱۰۰ درصد باشد.</translation>
    </message>
    <message>
        <source>An image for the invoice may be at most %1 KB; choose a smaller one.</source>
        <translation>تصویر فاکتور حداکثر %1 کیلوبایت می‌تواند باشد؛ تصویر کوچک‌تری انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>CompanyProfileEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>The company&apos;s profile, as the official invoice prints it.</source>
        <translation>مشخصات شرکت، همان‌گونه که روی صورتحساب رسمی چاپ می‌شود.</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>مشخصات شرکت</translation>
    </message>
    <message>
        <source>The installed licence names the national ID %1. With another national ID it no longer applies and the standard edition&apos;s limits return until a licence for the new ID is installed. Change the national ID anyway?</source>
        <translation>مجوز نصب‌شده به نام شناسه ملی %1 است. با شناسه ملی دیگری دیگر اعتبار ندارد و تا نصب مجوزی برای شناسهٔ تازه، محدودیت‌های نسخهٔ استاندارد برمی‌گردد. با این حال شناسه ملی تغییر کند؟</translation>
    </message>
</context>
<context>
    <name>CompanyProfilePage</name>
    <message>
        <source>The company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>As it is printed on the official invoice. Everything but the name can be completed later.</source>
        <translation>همان‌گونه که روی صورتحساب رسمی چاپ می‌شود. همه‌چیز جز نام را بعداً هم می‌توانید تکمیل کنید.</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>نام قانونی:</translation>
    </message>
    <message>
        <source>&amp;National ID:</source>
        <translation>شناسه ملی:</translation>
    </message>
    <message>
        <source>&amp;Economic code:</source>
        <translation>کد اقتصادی:</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>شمارهٔ ثبت:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>کد پستی:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <source>Seller is:</source>
        <translation>فروشنده:</translation>
    </message>
    <message>
        <source>An organisation (legal entity)</source>
        <translation>شخص حقوقی (سازمان)</translation>
    </message>
    <message>
        <source>A person (sole trader)</source>
        <translation>شخص حقیقی</translation>
    </message>
</context>
<context>
    <name>CompanySetup</name>
    <message>
        <source>This file already holds a company. A new company needs a new file.</source>
        <translation>این پرونده از قبل یک شرکت دارد. شرکت جدید به پروندهٔ جدید نیاز دارد.</translation>
    </message>
    <message>
        <source>The company could not be created. Nothing was saved.</source>
        <translation>شرکت ساخته نشد. چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>Company profile: %1</source>
        <translation>مشخصات شرکت: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n numbering patterns</source>
        <translation>
            <numerusform>%Ln الگوی شماره‌گذاری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item types</source>
        <translation>
            <numerusform>%Ln نوع آیتم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity subtypes</source>
        <translation>
            <numerusform>%Ln زیرنوع هویت</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>نمایندگان</translation>
    </message>
    <message>
        <source>Created by agents</source>
        <translation>ایجادشده توسط نمایندگان</translation>
    </message>
    <message>
        <source>Categories: customers, agents, created by agents</source>
        <translation>دسته‌ها: مشتریان، نمایندگان، ایجادشده توسط نمایندگان</translation>
    </message>
    <message>
        <source>Cash box</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <source>Staff groups: administrators, finance, customer affairs, club administration</source>
        <translation>گروه‌های کارمندان: مدیران سیستم، مالی، امور مشتریان، مدیریت باشگاه</translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <translation>مدیر سیستم: %1</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>حساب بانکی</translation>
    </message>
    <message>
        <source>Account at %1</source>
        <translation>حساب %1</translation>
    </message>
    <message>
        <source>A cash box and the bank account %1</source>
        <translation>یک صندوق و حساب بانکی «%1»</translation>
    </message>
    <message>
        <source>A cash box and a bank account to complete under finance (no IBAN yet)</source>
        <translation>یک صندوق و یک حساب بانکی که باید در بخش مالی تکمیل شود (هنوز شماره شبا ندارد)</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Connected: the server answered and holds a Vafa company.</source>
        <translation>اتصال برقرار شد: سرور پاسخ داد و شرکتی از وفا در آن هست.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check its address and port, and that this computer is on the company&apos;s network.</source>
        <translation>سرور در دسترس نیست. نشانی و درگاه آن را بررسی کنید و مطمئن شوید این رایانه به شبکهٔ شرکت وصل است.</translation>
    </message>
    <message>
        <source>The server does not accept encrypted (TLS) connections, and this connection requires one. Ask the server&apos;s administrator to turn TLS on.</source>
        <translation>سرور اتصال رمزنگاری‌شده (TLS) نمی‌پذیرد، ولی این اتصال آن را لازم دارد. از مدیر سرور بخواهید TLS را روشن کند.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not belong to this address: it was made for another server. The connection was not made.</source>
        <translation>گواهی سرور از آنِ این نشانی نیست: برای سرور دیگری صادر شده است. اتصال برقرار نشد.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the company&apos;s certificate authority. The connection was not made.</source>
        <translation>گواهی سرور را مرجع صدور گواهی شرکت امضا نکرده است. اتصال برقرار نشد.</translation>
    </message>
    <message>
        <source>The certificate authority file could not be read.</source>
        <translation>پروندهٔ مرجع صدور گواهی خوانده نشد.</translation>
    </message>
    <message>
        <source>The server refuses this connection: it may require TLS, or not accept this computer or user.</source>
        <translation>سرور این اتصال را نمی‌پذیرد: شاید TLS لازم دارد، یا این رایانه یا این کاربر را نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>The server refused the user or the password of this connection.</source>
        <translation>سرور کاربر یا رمز عبور این اتصال را نپذیرفت.</translation>
    </message>
    <message>
        <source>The server has no database of that name.</source>
        <translation>پایگاه داده‌ای با این نام روی سرور نیست.</translation>
    </message>
    <message>
        <source>This database holds no Vafa company. Its administrator prepares it with «vafa server init».</source>
        <translation>در این پایگاه داده شرکتی از وفا نیست. مدیر سرور آن را با «vafa server init» آماده می‌کند.</translation>
    </message>
    <message>
        <source>The company&apos;s server runs a newer version of Vafa. Update Vafa on this computer to connect.</source>
        <translation>سرور شرکت نسخهٔ تازه‌تری از وفا دارد. برای اتصال، وفای این رایانه را به‌روز کنید.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>اتصال برقرار نشد.</translation>
    </message>
</context>
<context>
    <name>ConnectionChooser</name>
    <message>
        <source>Connections to company servers</source>
        <translation>اتصال‌ها به سرور شرکت</translation>
    </message>
    <message>
        <source>Choose the server to connect to (double-click to connect).</source>
        <translation>سروری را که می‌خواهید به آن وصل شوید انتخاب کنید (با دوبار کلیک وصل می‌شوید).</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جدید…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>حذف اتصال</translation>
    </message>
    <message>
        <source>Remove the connection «%1» from this computer? The server and its data are not touched.</source>
        <translation>اتصال «%1» از این رایانه حذف شود؟ به سرور و داده‌های آن دست زده نمی‌شود.</translation>
    </message>
    <message>
        <source>No connection yet: add one with «New…», with the details the server&apos;s administrator gives you.</source>
        <translation>هنوز اتصالی نیست: با «جدید…» و مشخصاتی که مدیر سرور به شما می‌دهد یکی بسازید.</translation>
    </message>
    <message>
        <source>encrypted, certificate checked</source>
        <translation>رمزنگاری‌شده، گواهی بررسی می‌شود</translation>
    </message>
    <message>
        <source>encrypted, certificate not checked</source>
        <translation>رمزنگاری‌شده، گواهی بررسی نمی‌شود</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>بدون رمزنگاری</translation>
    </message>
    <message>
        <source>%1 as %2 (%3)</source>
        <translation>%1 با کاربر %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>برای اتصال نامی بنویسید.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>نشانی سرور را بنویسید.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>درگاه عددی از ۱ تا ۶۵۵۳۵ است.</translation>
    </message>
    <message>
        <source>Enter the name of the company&apos;s database.</source>
        <translation>نام پایگاه دادهٔ شرکت را بنویسید.</translation>
    </message>
    <message>
        <source>Enter the database user workstations connect as.</source>
        <translation>کاربر پایگاه داده‌ای را که رایانه‌ها با آن وصل می‌شوند بنویسید.</translation>
    </message>
    <message>
        <source>Choose the company&apos;s certificate authority file, or do not verify the certificate.</source>
        <translation>پروندهٔ مرجع صدور گواهی شرکت را انتخاب کنید، یا بررسی گواهی را کنار بگذارید.</translation>
    </message>
    <message>
        <source>The certificate file&apos;s path may not contain «;».</source>
        <translation>مسیر پروندهٔ گواهی نباید «;» داشته باشد.</translation>
    </message>
    <message>
        <source>The certificate authority file cannot be read: %1</source>
        <translation>پروندهٔ مرجع صدور گواهی خوانده نمی‌شود: ‎%1</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileDialog</name>
    <message>
        <source>Connection to the company&apos;s server</source>
        <translation>اتصال به سرور شرکت</translation>
    </message>
    <message>
        <source>Ask the company&apos;s server administrator for these details. The password is kept only in this computer&apos;s keychain.</source>
        <translation>این مشخصات را از مدیر سرور شرکت بگیرید. رمز عبور فقط در مخزن امن رمزهای سیستم‌عامل این رایانه نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>e.g. Head office</source>
        <translation>مثلاً دفتر مرکزی</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>نشانی سرور:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>درگاه:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>پایگاه داده:</translation>
    </message>
    <message>
        <source>Database user:</source>
        <translation>کاربر پایگاه داده:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keychain</source>
        <translation>رمز عبور در مخزن امن رمزهای این رایانه نگه داشته شود</translation>
    </message>
    <message>
        <source>Encryption (TLS):</source>
        <translation>رمزنگاری (TLS):</translation>
    </message>
    <message>
        <source>Certificate authority file:</source>
        <translation>پروندهٔ مرجع صدور گواهی:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <source>Encrypted, and the certificate checked against the company&apos;s authority (recommended)</source>
        <translation>رمزنگاری‌شده، با بررسی گواهی در برابر مرجع شرکت (پیشنهادی)</translation>
    </message>
    <message>
        <source>Encrypted, the certificate not checked</source>
        <translation>رمزنگاری‌شده، بدون بررسی گواهی</translation>
    </message>
    <message>
        <source>Not encrypted (only inside a trusted network)</source>
        <translation>بدون رمزنگاری (فقط در شبکهٔ مطمئن)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>New connection to the company&apos;s server</source>
        <translation>اتصال تازه به سرور شرکت</translation>
    </message>
    <message>
        <source>Connection «%1»</source>
        <translation>اتصال «%1»</translation>
    </message>
    <message>
        <source>The company&apos;s certificate authority</source>
        <translation>مرجع صدور گواهی شرکت</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>گواهی‌ها (*.crt *.pem *.cer);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>در حال اتصال به سرور…</translation>
    </message>
    <message>
        <source>Another connection is already called «%1».</source>
        <translation>اتصال دیگری همین حالا «%1» نام دارد.</translation>
    </message>
</context>
<context>
    <name>CredentialLetters</name>
    <message>
        <source>The letters cannot be written next to %1: %2</source>
        <translation>نامه‌ها را نمی‌توان کنار %1 نوشت: %2</translation>
    </message>
    <message>
        <source>The letters could not be saved as %1.</source>
        <translation>نامه‌ها با نام %1 ذخیره نشدند.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsModel</name>
    <message>
        <source>Field name</source>
        <translation>نام فیلد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>اجباری</translation>
    </message>
</context>
<context>
    <name>DefineUserDialog</name>
    <message>
        <source>Define club user</source>
        <translation>تعریف کاربر باشگاه</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>هویت:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>نام کا&amp;ربری:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>تکرار &amp;رمز عبور:</translation>
    </message>
    <message>
        <source>The account is &amp;active</source>
        <translation>کاربر فعال &amp;است</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Sales document</source>
        <translation>سند فروش</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>سند جدید</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>انتخاب مشتری</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>&amp;Issue date:</source>
        <translation>تا&amp;ریخ صدور:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>شما&amp;ره:</translation>
    </message>
    <message>
        <source>Given by the numbering pattern</source>
        <translation>با الگوی شماره‌گذاری تعیین می‌شود</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>عنو&amp;ان:</translation>
    </message>
    <message>
        <source>Returned &amp;invoice:</source>
        <translation>فاکتو&amp;ر مرجوعی:</translation>
    </message>
    <message>
        <source>The approved invoice this returns</source>
        <translation>فاکتور تأییدشده‌ای که برگشت داده می‌شود</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>مبلغ:</translation>
    </message>
    <message>
        <source>From / to:</source>
        <translation>تاریخ شروع / پایان:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>توضیحات:</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>اقلام</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>محصول:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>مقد&amp;ار:</translation>
    </message>
    <message>
        <source>Unit p&amp;rice:</source>
        <translation>قیمت &amp;واحد:</translation>
    </message>
    <message>
        <source>Dis&amp;count:</source>
        <translation>تخفیف:</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;افزودن ردیف</translation>
    </message>
    <message>
        <source>&amp;Change line</source>
        <translation>تغییر &amp;ردیف</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>حذف &amp;ردیف</translation>
    </message>
    <message>
        <source>Surcharges</source>
        <translation>اضافات</translation>
    </message>
    <message>
        <source>Add s&amp;urcharge</source>
        <translation>&amp;افزودن اضافات</translation>
    </message>
    <message>
        <source>Remove surcharge</source>
        <translation>حذف اضافات</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>مبلغ کل:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>مجموع تخفیف:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>مجموع مالیات:</translation>
    </message>
    <message>
        <source>Levy:</source>
        <translation>مجموع عوارض:</translation>
    </message>
    <message>
        <source>Surcharges:</source>
        <translation>اضافات:</translation>
    </message>
    <message>
        <source>Payable:</source>
        <translation>قابل پرداخت:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>مالیات</translation>
    </message>
    <message>
        <source>Levy</source>
        <translation>عوارض</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>قیمت کل</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>قیمت نهایی</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>درصد</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>مشمول مالیات</translation>
    </message>
    <message>
        <source>Typing a number by hand needs the numbering permission.</source>
        <translation>وارد کردن دستی شماره به مجوز «شماره‌گذاری» نیاز دارد.</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>اضافات</translation>
    </message>
    <message>
        <source> (financial)</source>
        <translation> (مالی)</translation>
    </message>
    <message>
        <source> (legal)</source>
        <translation> (حقوقی)</translation>
    </message>
    <message>
        <source>The document was not found.</source>
        <translation>سند پیدا نشد.</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>ابتدا مشتری را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the returned invoice</source>
        <translation>انتخاب فاکتور مرجوعی</translation>
    </message>
    <message>
        <source>This type is not numbered</source>
        <translation>این نوع شماره‌گذاری نمی‌شود</translation>
    </message>
    <message>
        <source>Choose a product or type what the line is for.</source>
        <translation>یک محصول انتخاب کنید یا شرح این ردیف را بنویسید.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>مشتری را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>مبلغ (%1)</translation>
    </message>
</context>
<context>
    <name>DuplicateWarningDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>هویت‌های مشابه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>شماره مشتری</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد/شناسه ملی</translation>
    </message>
    <message>
        <source>Why it looks the same</source>
        <translation>وجه شباهت</translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation>بازگشت و بررسی</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>با این حال ذخیره شود</translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies) already in the database look like this one. Save anyway only if it is a different person or organisation; otherwise go back and open the existing one.</source>
        <translation>
            <numerusform>%Ln هویت در بانک اطلاعاتی به این هویت شبیه است. فقط اگر شخص یا شرکت دیگری است با این حال ذخیره کنید؛ وگرنه برگردید و هویت موجود را باز کنید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finance</name>
    <message>
        <source>A surcharge taken as a percent of the final amount cannot carry tax or levy.</source>
        <translation>اضافاتی که به‌صورت درصدی از مبلغ نهایی محاسبه می‌شود، نمی‌تواند مشمول مالیات یا عوارض باشد.</translation>
    </message>
    <message>
        <source>A surcharge cannot be negative.</source>
        <translation>مبلغ اضافات نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The numbering pattern is empty.</source>
        <translation>الگوی شماره‌گذاری خالی است.</translation>
    </message>
    <message>
        <source>The separators &apos;.&apos; and &apos;+&apos; cannot be used in a numbering pattern.</source>
        <translation>در الگوی شماره‌گذاری نمی‌توان از جداکننده‌های «.» و «+» استفاده کرد.</translation>
    </message>
    <message>
        <source>The numbering pattern has an unknown or incomplete token: %1</source>
        <translation>الگوی شماره‌گذاری یک پارامتر ناشناخته یا ناقص دارد: ‎%1</translation>
    </message>
    <message>
        <source>A year in a numbering pattern needs four underscores or &apos;*&apos;.</source>
        <translation>پارامتر سال در الگوی شماره‌گذاری باید چهار زیرخط «_» یا «*» داشته باشد.</translation>
    </message>
    <message>
        <source>The numbering pattern has an unknown token: %1</source>
        <translation>الگوی شماره‌گذاری یک پارامتر ناشناخته دارد: ‎%1</translation>
    </message>
    <message>
        <source>A sequence can have at most 18 digits.</source>
        <translation>شماره ترتیبی حداکثر می‌تواند هجده رقم داشته باشد.</translation>
    </message>
    <message>
        <source>Each token may appear only once in a numbering pattern.</source>
        <translation>هر پارامتر فقط یک بار می‌تواند در الگوی شماره‌گذاری بیاید.</translation>
    </message>
    <message>
        <source>Two tokens of a numbering pattern must be separated, for example by &apos;-&apos; or &apos;/&apos;.</source>
        <translation>بین دو پارامتر الگوی شماره‌گذاری باید جداکننده‌ای مانند «-» یا «/» بیاید.</translation>
    </message>
    <message>
        <source>A numbering pattern needs a sequence token, {*(AN)} or {___(AN)}.</source>
        <translation>الگوی شماره‌گذاری باید یک پارامتر شماره ترتیبی داشته باشد: ‎{*(AN)}‎ یا ‎{___(AN)}‎.</translation>
    </message>
    <message>
        <source>The document was not found.</source>
        <translation>سند پیدا نشد.</translation>
    </message>
    <message>
        <source>The receipt was not found.</source>
        <translation>دریافت مورد نظر پیدا نشد.</translation>
    </message>
    <message>
        <source>The item type of this item was not found.</source>
        <translation>نوع این آیتم پیدا نشد.</translation>
    </message>
    <message>
        <source>Editing an item after numbering, approval or rejection needs the permission “Edit after numbering, approval or rejection” or finance manager.</source>
        <translation>ویرایش آیتم پس از شماره‌گذاری، تأیید یا رد به مجوز «ویرایش پس از شماره‌گذاری، تأیید یا رد» یا نقش مدیر مالی نیاز دارد.</translation>
    </message>
    <message>
        <source>Deleting an item after numbering, approval or rejection needs the permission “Delete after numbering, approval or rejection” or finance manager.</source>
        <translation>حذف آیتم پس از شماره‌گذاری، تأیید یا رد به مجوز «حذف پس از شماره‌گذاری، تأیید یا رد» یا نقش مدیر مالی نیاز دارد.</translation>
    </message>
    <message>
        <source>This invoice has approved return invoices; it cannot be deleted.</source>
        <translation>برای این فاکتور، فاکتور برگشت از فروشِ تأیید شده وجود دارد؛ نمی‌توان آن را حذف کرد.</translation>
    </message>
    <message>
        <source>The item is already approved.</source>
        <translation>این آیتم قبلاً تأیید شده است.</translation>
    </message>
    <message>
        <source>The item was rejected; return it to pending first.</source>
        <translation>این آیتم رد شده است؛ ابتدا آن را به وضعیت در انتظار تأیید بازگردانید.</translation>
    </message>
    <message>
        <source>Approving or rejecting this item needs the approval permission.</source>
        <translation>تأیید یا رد این آیتم به مجوز «تأیید/رد» نیاز دارد.</translation>
    </message>
    <message>
        <source>The item already has a number.</source>
        <translation>این آیتم قبلاً شماره گرفته است.</translation>
    </message>
    <message>
        <source>This item type has no numbering pattern.</source>
        <translation>برای این نوع آیتم، الگوی شماره‌گذاری تعریف نشده است.</translation>
    </message>
    <message>
        <source>A rejected item is not numbered.</source>
        <translation>آیتم رد شده شماره‌گذاری نمی‌شود.</translation>
    </message>
    <message>
        <source>This item type numbers items once they are approved.</source>
        <translation>در این نوع آیتم، شماره‌گذاری پس از تأیید آیتم انجام می‌شود.</translation>
    </message>
    <message>
        <source>Numbering needs the numbering permission.</source>
        <translation>شماره‌گذاری به مجوز «شماره‌گذاری» نیاز دارد.</translation>
    </message>
    <message>
        <source>The item has no number yet.</source>
        <translation>این آیتم هنوز شماره ندارد.</translation>
    </message>
    <message>
        <source>Changing a number needs the permission “Edit the number after numbering” or finance manager.</source>
        <translation>تغییر شماره به مجوز «ویرایش شماره پس از شماره‌گذاری» یا نقش مدیر مالی نیاز دارد.</translation>
    </message>
    <message>
        <source>The item is already pending.</source>
        <translation>این آیتم هم‌اکنون در انتظار تأیید است.</translation>
    </message>
    <message>
        <source>Returning an item to pending needs the permission “Back to pending approval” or finance manager.</source>
        <translation>بازگرداندن آیتم به وضعیت در انتظار تأیید به مجوز «بازگشت به وضعیت در انتظار تأیید» یا نقش مدیر مالی نیاز دارد.</translation>
    </message>
    <message>
        <source>This invoice has approved return invoices; it cannot go back to pending.</source>
        <translation>برای این فاکتور، فاکتور برگشت از فروشِ تأیید شده وجود دارد؛ نمی‌توان آن را به وضعیت در انتظار تأیید بازگرداند.</translation>
    </message>
    <message>
        <source>Choose who the item is related to.</source>
        <translation>هویت مرتبط با این آیتم را انتخاب کنید.</translation>
    </message>
    <message>
        <source>A lead cannot have financial items.</source>
        <translation>برای سرنخ نمی‌توان آیتم مالی ثبت کرد.</translation>
    </message>
    <message>
        <source>A return invoice must name the approved invoice it returns.</source>
        <translation>در فاکتور برگشت از فروش باید فاکتور تأیید شده‌ای را که برگشت داده می‌شود، مشخص کنید.</translation>
    </message>
    <message>
        <source>A return invoice can be issued only against an approved invoice.</source>
        <translation>فاکتور برگشت از فروش فقط برای فاکتور تأیید شده صادر می‌شود.</translation>
    </message>
    <message>
        <source>A return invoice must be for the customer of the invoice it returns.</source>
        <translation>فاکتور برگشت از فروش باید به نام همان مشتریِ فاکتور اصلی باشد.</translation>
    </message>
    <message>
        <source>The returns against invoice %1 would be more than the invoice.</source>
        <translation>جمع برگشتی‌های فاکتور ‎%1‎ از مبلغ خود فاکتور بیشتر می‌شود.</translation>
    </message>
    <message>
        <source>The chosen account does not accept this payment method.</source>
        <translation>حساب مالی انتخاب‌شده این روش پرداخت را نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>A club payment is numbered by the company.</source>
        <translation>پرداخت‌های ثبت‌شده در باشگاه را شرکت شماره‌گذاری می‌کند.</translation>
    </message>
    <message>
        <source>Choose a proforma, invoice, return invoice or contract type.</source>
        <translation>یکی از انواع پیش‌فاکتور، فاکتور، فاکتور برگشت از فروش یا قرارداد را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Typing a number by hand needs the numbering permission.</source>
        <translation>وارد کردن دستی شماره به مجوز «شماره‌گذاری» نیاز دارد.</translation>
    </message>
    <message>
        <source>The invoice cannot be less than what has been returned against it.</source>
        <translation>مبلغ فاکتور نمی‌تواند از جمع مبالغ برگشت‌شده آن کمتر باشد.</translation>
    </message>
    <message>
        <source>Choose a receipt or payment type.</source>
        <translation>نوع دریافت یا پرداخت را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>مبلغ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>A rejection needs a reason; the customer sees it.</source>
        <translation>برای رد کردن باید علت آن را بنویسید؛ این علت به مشتری نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>The number could not be saved.</source>
        <translation>شماره ذخیره نشد.</translation>
    </message>
    <message numerus="yes">
        <source>The initial value does not fit the %n digits of the sequence.</source>
        <translation>
            <numerusform>مقدار اولیه در %Ln رقمِ شماره ترتیبی جا نمی‌شود.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current last value does not fit the %n digits of the sequence.</source>
        <translation>
            <numerusform>مقدار نهایی فعلی در %Ln رقمِ شماره ترتیبی جا نمی‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>The numbering pattern was not found.</source>
        <translation>الگوی شماره‌گذاری پیدا نشد.</translation>
    </message>
    <message>
        <source>The pattern has numbered items; it can no longer be changed.</source>
        <translation>با این الگو آیتم‌هایی شماره‌گذاری شده‌اند؛ دیگر نمی‌توان آن را تغییر داد.</translation>
    </message>
    <message>
        <source>The numbering pattern «%1» has used up its range: it cannot issue a number after %2. Widen its sequence or start a new pattern.</source>
        <translation>ظرفیت الگوی شماره‌گذاری «%1» تمام شده است: پس از ‎%2‎ شماره دیگری صادر نمی‌کند. تعداد ارقام شماره ترتیبی آن را افزایش دهید یا الگوی جدیدی تعریف کنید.</translation>
    </message>
    <message>
        <source>The numbering pattern «%1» could not find a free number.</source>
        <translation>الگوی شماره‌گذاری «%1» شماره آزادی پیدا نکرد.</translation>
    </message>
    <message>
        <source>The number %1 does not follow the numbering pattern %2.</source>
        <translation>شماره «‎%1‎» با الگوی شماره‌گذاری «‎%2‎» مطابقت ندارد.</translation>
    </message>
    <message>
        <source>The year of a number must be from 1357 to %1.</source>
        <translation>سال در شماره باید از ۱۳۵۷ تا %1 باشد.</translation>
    </message>
    <message>
        <source>The year of a number must be from 1978 to %1.</source>
        <translation>سال در شماره باید از ۱۹۷۸ تا %1 باشد.</translation>
    </message>
    <message>
        <source>The number %1 is already used by another item of this numbering pattern.</source>
        <translation>شماره «‎%1‎» قبلاً برای آیتم دیگری با همین الگوی شماره‌گذاری به کار رفته است.</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>تغییر ذخیره نشد. هیچ چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>FinanceFormat</name>
    <message>
        <source>(no number)</source>
        <translation>(بدون شماره)</translation>
    </message>
    <message>
        <source>%1 %2 of %3 — %4</source>
        <translation>%1 %2 مورخ %3 — %4</translation>
    </message>
    <message>
        <source>New — saved as pending unless its type approves automatically</source>
        <translation>جدید — در وضعیت «در انتظار تأیید» ذخیره می‌شود، مگر آنکه این نوع خودکار تأیید شود</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>در انتظار تأیید</translation>
    </message>
    <message>
        <source>Numbered, waiting for approval</source>
        <translation>شماره‌گذاری شده، در انتظار تأیید</translation>
    </message>
    <message>
        <source>Approved, waiting for a number</source>
        <translation>تأیید شده، در انتظار شماره‌گذاری</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأیید شده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رد شده</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>رد شده: %1</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>بدهکار</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>بستانکار</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>بی‌حساب</translation>
    </message>
</context>
<context>
    <name>FinancePages</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>آیتم</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>کارتابل تأیید</translation>
    </message>
    <message>
        <source>Everything waiting</source>
        <translation>همه موارد در انتظار</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>دریافت‌ها</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Taxed</source>
        <translation>مشمول مالیات</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>&amp;New document…</source>
        <translation>سند جدید…</translation>
    </message>
    <message>
        <source>Print &amp;all in this list…</source>
        <translation>چاپ همه &amp;اسناد این لیست…</translation>
    </message>
    <message>
        <source>&amp;New receipt…</source>
        <translation>&amp;دریافت جدید…</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>مانده حساب‌ها</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>محصول جدید…</translation>
    </message>
    <message>
        <source>Print templates</source>
        <translation>قالب‌های چاپ</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>حساب بانکی</translation>
    </message>
    <message>
        <source>Cash box</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>شماره حساب</translation>
    </message>
    <message>
        <source>Card to card</source>
        <translation>کارت به کارت</translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation>واریز نقدی</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>آنلاین</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>همهٔ حساب‌ها</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>حساب‌های بانکی</translation>
    </message>
    <message>
        <source>Cash boxes</source>
        <translation>صندوق‌ها</translation>
    </message>
    <message>
        <source>Financial accounts</source>
        <translation>حساب‌های مالی</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>حساب جدید…</translation>
    </message>
    <message>
        <source>Ac&amp;tivate or deactivate</source>
        <translation>فعال یا غیرفعال کردن</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this account? It disappears from new receipts and from the club.</source>
        <translation>این حساب حذف شود؟ دیگر در دریافت‌های جدید و در باشگاه دیده نمی‌شود.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>الگو</translation>
    </message>
    <message>
        <source>Initial value</source>
        <translation>مقدار اولیه</translation>
    </message>
    <message>
        <source>Yearly restart</source>
        <translation>تغییر سال</translation>
    </message>
    <message>
        <source>Current last value</source>
        <translation>مقدار نهایی فعلی</translation>
    </message>
    <message>
        <source>Numbering patterns</source>
        <translation>الگوهای شماره‌گذاری</translation>
    </message>
    <message>
        <source>&amp;New numbering pattern…</source>
        <translation>الگوی شماره‌گذاری جدید…</translation>
    </message>
    <message>
        <source>Delete this numbering pattern?</source>
        <translation>این الگوی شماره‌گذاری حذف شود؟</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>مبلغ (%1)</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>قیمت (%1)</translation>
    </message>
</context>
<context>
    <name>FinancialAccountEditor</name>
    <message>
        <source>Financial account</source>
        <translation>حساب مالی</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام حساب:</translation>
    </message>
    <message>
        <source>For example: Mellat current account</source>
        <translation>مثلاً: حساب جاری بانک ملت</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>نوع حساب:</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>نام دارنده حساب:</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>مشخصات بانکی</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>نام بانک:</translation>
    </message>
    <message>
        <source>Account n&amp;umber:</source>
        <translation>شماره حساب:</translation>
    </message>
    <message>
        <source>&amp;IBAN (Sheba):</source>
        <translation>شماره شبا:</translation>
    </message>
    <message>
        <source>&amp;Card number:</source>
        <translation>شماره کارت:</translation>
    </message>
    <message>
        <source>How club users may pay into it</source>
        <translation>روش‌های پرداخت اعضای باشگاه به این حساب</translation>
    </message>
    <message>
        <source>Card to card</source>
        <translation>پرداخت کارت به کارت</translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation>پرداخت نقدی (واریز به حساب)</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>پرداخت آنلاین</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>درگاه:</translation>
    </message>
    <message>
        <source>&amp;Merchant code:</source>
        <translation>کد پذیرنده (مرچنت):</translation>
    </message>
    <message>
        <source>&amp;Active (offered on new receipts and in the club)</source>
        <translation>فعال (در دریافت‌های جدید و در باشگاه پیشنهاد می‌شود)</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>حساب بانکی</translation>
    </message>
    <message>
        <source>Cash box</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <source>Choose a gateway</source>
        <translation>درگاه را انتخاب کنید</translation>
    </message>
    <message>
        <source>Financial account: %1</source>
        <translation>حساب مالی: %1</translation>
    </message>
    <message>
        <source>New financial account</source>
        <translation>حساب مالی جدید</translation>
    </message>
</context>
<context>
    <name>FinancialAccountService</name>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>ZarinPal</source>
        <translation>زرین‌پال</translation>
    </message>
    <message>
        <source>Choose the online payment gateway of this account.</source>
        <translation>درگاه پرداخت آنلاین این حساب را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Enter the merchant code ZarinPal gave the company.</source>
        <translation>کد پذیرنده‌ای (مرچنت کد) را که زرین‌پال به شرکت داده است وارد کنید.</translation>
    </message>
    <message>
        <source>A ZarinPal merchant code has 36 characters, like %1.</source>
        <translation>کد پذیرندهٔ زرین‌پال ۳۶ نویسه دارد، مانند %1.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>نام حساب را بنویسید.</translation>
    </message>
    <message>
        <source>A bank account needs its account number or its IBAN (Sheba).</source>
        <translation>حساب بانکی به شماره حساب یا شماره شبا نیاز دارد.</translation>
    </message>
    <message>
        <source>The account number may hold digits and the separators - . / only.</source>
        <translation>شماره حساب فقط رقم و جداکننده‌های - . / را می‌پذیرد.</translation>
    </message>
    <message>
        <source>Card-to-card payments need the account&apos;s card number.</source>
        <translation>برای پرداخت کارت به کارت، شماره کارت حساب را وارد کنید.</translation>
    </message>
    <message>
        <source>The account could not be saved. Nothing was changed.</source>
        <translation>حساب ذخیره نشد. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>Only the finance manager or an administrator may change the financial accounts.</source>
        <translation>فقط مدیر مالی یا مدیر سیستم می‌تواند حساب‌های مالی را تغییر دهد.</translation>
    </message>
    <message>
        <source>This account no longer exists; it may have been deleted meanwhile.</source>
        <translation>این حساب دیگر وجود ندارد؛ شاید در این فاصله حذف شده باشد.</translation>
    </message>
    <message>
        <source>Another account is already called «%1».</source>
        <translation>حساب دیگری با نام «%1» وجود دارد.</translation>
    </message>
    <message>
        <source>Receipts were paid into «%1», so it cannot be deleted. Deactivate it instead: it then disappears from new receipts and from the club.</source>
        <translation>برای «%1» دریافت ثبت شده است، پس حذف نمی‌شود. به‌جای حذف آن را غیرفعال کنید: دیگر در دریافت‌های جدید و در باشگاه دیده نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Only a system administrator may put the getting-started list away.</source>
        <translation>تنها مدیر سیستم می‌تواند فهرست شروع کار را کنار بگذارد.</translation>
    </message>
</context>
<context>
    <name>GettingStartedPage</name>
    <message>
        <source>Complete the company&apos;s profile</source>
        <translation>مشخصات شرکت را کامل کنید</translation>
    </message>
    <message>
        <source>National ID, economic code, postal code and address, as the official invoice needs them.</source>
        <translation>شناسه ملی، کد اقتصادی، کد پستی و نشانی، همان‌گونه که صورتحساب رسمی لازم دارد.</translation>
    </message>
    <message>
        <source>Switch the club on</source>
        <translation>باشگاه را فعال کنید</translation>
    </message>
    <message>
        <source>Choose the customer and agent clubs, self-registration and the password policy.</source>
        <translation>باشگاه مشتریان و نمایندگان، ثبت‌نام خودکار و سیاست رمز عبور را تعیین کنید.</translation>
    </message>
    <message>
        <source>Give the first customers an account</source>
        <translation>به نخستین مشتریان حساب کاربری بدهید</translation>
    </message>
    <message>
        <source>One at a time, or thousands at once from an Excel file.</source>
        <translation>یکی‌یکی، یا هزاران نفر یک‌جا از یک فایل اکسل.</translation>
    </message>
    <message>
        <source>Issue the first invoice</source>
        <translation>نخستین فاکتور را صادر کنید</translation>
    </message>
    <message>
        <source>Approve and print it: the seller block shows the company&apos;s profile.</source>
        <translation>آن را تأیید و چاپ کنید: بخش فروشنده مشخصات شرکت را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>شروع کار</translation>
    </message>
    <message>
        <source>&amp;Do not show this again</source>
        <translation>&amp;دیگر نشان نده</translation>
    </message>
    <message>
        <source>Add the logo and the seal</source>
        <translation>آرم و مهر شرکت را بگذارید</translation>
    </message>
    <message>
        <source>They print on invoices, receipts and contracts; the seal only on approved ones.</source>
        <translation>روی فاکتورها، رسیدها و قراردادها چاپ می‌شوند؛ مهر فقط روی تأییدشده‌ها.</translation>
    </message>
    <message>
        <source>Set up the bank accounts</source>
        <translation>حساب‌های بانکی را تعریف کنید</translation>
    </message>
    <message>
        <source>IBAN and card number, and whether customers may pay by card transfer, deposit or online.</source>
        <translation>شماره شبا و کارت، و اینکه مشتریان با کارت به کارت، واریز یا پرداخت آنلاین بپردازند یا نه.</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Identity type</source>
        <translation>نوع هویت</translation>
    </message>
    <message>
        <source>Lead or contact</source>
        <translation>عملکرد هویت</translation>
    </message>
    <message>
        <source>Profile type</source>
        <translation>نوع پروفایل</translation>
    </message>
    <message>
        <source>Identity subtype</source>
        <translation>زیرنوع هویت</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>شماره مشتری</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>پیشوند</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>نام هویت حقوقی</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>نام تجاری</translation>
    </message>
    <message>
        <source>Manager name</source>
        <translation>نام مدیر</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>National code or ID</source>
        <translation>کد ملی یا شناسه ملی</translation>
    </message>
    <message>
        <source>Economic code</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>شماره ثبت</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>ایمیل دوم</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته‌بندی</translation>
    </message>
    <message>
        <source>Sales responsible</source>
        <translation>مسئول فروش</translation>
    </message>
    <message>
        <source>Support responsible</source>
        <translation>مسئول پشتیبانی</translation>
    </message>
    <message>
        <source>Misc responsible</source>
        <translation>مسئول متفرقه</translation>
    </message>
    <message>
        <source>Lead subject</source>
        <translation>موضوع سرنخ</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>وضعیت سرنخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>شروع ارتباط با مشتری</translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation>نحوه آشنایی</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>The row has %1 of the %2 columns.</source>
        <translation>این ردیف فقط %L1 ستون از %L2 ستون را دارد.</translation>
    </message>
    <message>
        <source>You do not have permission to create or edit identities.</source>
        <translation>شما اجازهٔ ایجاد یا ویرایش هویت را ندارید.</translation>
    </message>
    <message>
        <source>The identity type «%1» must be person (حقیقی) or organisation (حقوقی).</source>
        <translation>نوع هویت «%1» باید حقیقی یا حقوقی باشد.</translation>
    </message>
    <message>
        <source>«%1» is neither lead (سرنخ) nor contact (مخاطب).</source>
        <translation>«%1» نه سرنخ است و نه مخاطب.</translation>
    </message>
    <message>
        <source>The lead status «%1» is not one of نامعلوم, عدم کفایت, واجد شرایط.</source>
        <translation>وضعیت سرنخ «%1» یکی از نامعلوم، عدم کفایت یا واجد شرایط نیست.</translation>
    </message>
    <message>
        <source>The profile type «%1» is not known.</source>
        <translation>نوع پروفایل «%1» شناخته‌شده نیست.</translation>
    </message>
    <message>
        <source>The gender «%1» must be male (مرد) or female (زن).</source>
        <translation>جنسیت «%1» باید مرد یا زن باشد.</translation>
    </message>
    <message>
        <source>The identity subtype «%1» does not exist.</source>
        <translation>زیرنوع هویت «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>The identity subtype «%1» is not for this identity type.</source>
        <translation>زیرنوع هویت «%1» برای این نوع هویت نیست.</translation>
    </message>
    <message>
        <source>The birth date «%1» is not a date such as 1370/05/17.</source>
        <translation>تاریخ تولد «%1» تاریخی مانند ۱۳۷۰/۰۵/۱۷ نیست.</translation>
    </message>
    <message>
        <source>No active staff user has the username «%1».</source>
        <translation>هیچ کارمند فعالی نام کاربری «%1» را ندارد.</translation>
    </message>
    <message>
        <source>The category «%1» does not exist.</source>
        <translation>دسته‌بندی «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>The row has no customer number or national ID to find the identity by.</source>
        <translation>این ردیف شماره مشتری یا کد/شناسه ملی ندارد تا هویت با آن پیدا شود.</translation>
    </message>
    <message>
        <source>No identity has the customer number or national ID %1.</source>
        <translation>هیچ هویتی شماره مشتری یا کد/شناسه ملی %1 را ندارد.</translation>
    </message>
    <message>
        <source>An identity with the customer number or national ID %1 already exists.</source>
        <translation>هویتی با شماره مشتری یا کد/شناسه ملی %1 از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>A lead has no customer number; it gets one when it becomes a contact.</source>
        <translation>سرنخ شماره مشتری ندارد؛ هنگام تبدیل به مخاطب شماره می‌گیرد.</translation>
    </message>
    <message>
        <source>The customer number %1 does not follow the subtype&apos;s numbering pattern %2.</source>
        <translation>شماره مشتری %1 با الگوی شماره‌گذاری زیرنوع (%2) نمی‌خواند.</translation>
    </message>
    <message>
        <source>The national ID %1 belongs to an identity with another customer number.</source>
        <translation>کد/شناسه ملی %1 متعلق به هویتی با شماره مشتری دیگری است.</translation>
    </message>
    <message>
        <source>The national ID %1 is also on line %2 of the file.</source>
        <translation>کد/شناسه ملی %1 در سطر %2 فایل هم آمده است.</translation>
    </message>
    <message>
        <source>The customer number %1 is also on line %2 of the file.</source>
        <translation>شماره مشتری %1 در سطر %2 فایل هم آمده است.</translation>
    </message>
    <message>
        <source>An identity with %1 was added after the preview.</source>
        <translation>پس از پیش‌نمایش، هویتی با %1 اضافه شد.</translation>
    </message>
    <message>
        <source>The identity with %1 was changed or removed after the preview.</source>
        <translation>پس از پیش‌نمایش، هویت دارای %1 تغییر کرد یا حذف شد.</translation>
    </message>
    <message>
        <source>%L1 rows changed in the database since the preview; nothing was saved. Check them and import again.</source>
        <translation>%L1 ردیف پس از پیش‌نمایش در پایگاه داده تغییر کرد؛ هیچ چیز ذخیره نشد. آن‌ها را بررسی کنید و دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was saved.</source>
        <translation>سطر %1: %2 هیچ چیز ذخیره نشد.</translation>
    </message>
    <message>
        <source>Usage: vafa identities import FILE --store DB [--mode add|update|upsert] [--fill-only-empty]
       [--errors OUT] [--dry-run]
Rows already in the database are found by their customer number, or else their national ID.</source>
        <translation>کاربرد: vafa identities import FILE --store DB [--mode add|update|upsert] [--fill-only-empty]
       [--errors OUT] [--dry-run]
ردیف‌هایی که در پایگاه داده هستند با شماره مشتری و در نبودِ آن با کد/شناسه ملی پیدا می‌شوند.</translation>
    </message>
    <message>
        <source>The email address %1 is not valid.</source>
        <translation>نشانی ایمیل %1 معتبر نیست.</translation>
    </message>
    <message>
        <source>The phone number %1 is not valid: use digits only, 4 to 15 of them.</source>
        <translation>شماره تلفن %1 معتبر نیست: فقط رقم، از ۴ تا ۱۵ رقم.</translation>
    </message>
    <message>
        <source>The extension of %1 may contain digits only.</source>
        <translation>داخلی شماره %1 فقط می‌تواند رقم داشته باشد.</translation>
    </message>
    <message>
        <source>A person needs a first or a last name.</source>
        <translation>شخص حقیقی نام یا نام خانوادگی لازم دارد.</translation>
    </message>
    <message>
        <source>An organisation needs its name.</source>
        <translation>هویت حقوقی نام لازم دارد.</translation>
    </message>
    <message>
        <source>A lead needs a subject.</source>
        <translation>سرنخ موضوع لازم دارد.</translation>
    </message>
    <message>
        <source>Only one phone can be the default.</source>
        <translation>فقط یک شماره تماس می‌تواند پیش‌فرض باشد.</translation>
    </message>
    <message>
        <source>An address needs a city, a street address or a postal code.</source>
        <translation>نشانی باید شهر، نشانی یا کد پستی داشته باشد.</translation>
    </message>
    <message>
        <source>Only one address can be the default.</source>
        <translation>فقط یک نشانی می‌تواند پیش‌فرض باشد.</translation>
    </message>
    <message>
        <source>same national ID</source>
        <translation>کد/شناسه ملی یکسان</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>موبایل یکسان</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>نام یکسان</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>The identity could not be saved. Nothing was changed.</source>
        <translation>هویت ذخیره نشد. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>The customer number %1 belongs to another identity.</source>
        <translation>شماره مشتری %1 متعلق به هویت دیگری است.</translation>
    </message>
    <message>
        <source>The subtype no longer exists.</source>
        <translation>این زیرنوع دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The subtype is for organisations, not persons.</source>
        <translation>این زیرنوع برای هویت‌های حقوقی است، نه حقیقی.</translation>
    </message>
    <message>
        <source>The subtype is for persons, not organisations.</source>
        <translation>این زیرنوع برای هویت‌های حقیقی است، نه حقوقی.</translation>
    </message>
    <message>
        <source>A responsible must be an active staff user.</source>
        <translation>مسئول باید کارمندِ فعال باشد.</translation>
    </message>
    <message>
        <source>A chosen category no longer exists.</source>
        <translation>یکی از دسته‌بندی‌های انتخاب‌شده دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The identity was not saved: %1</source>
        <translation>هویت ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>The identity was not found; it may have been deleted.</source>
        <translation>هویت پیدا نشد؛ شاید حذف شده باشد.</translation>
    </message>
    <message>
        <source>%1 is already a contact.</source>
        <translation>%1 از قبل مخاطب است.</translation>
    </message>
</context>
<context>
    <name>IdentityEditor</name>
    <message>
        <source>Identity</source>
        <translation>هویت</translation>
    </message>
    <message>
        <source>General</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>عملکرد:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Lead s&amp;ubject:</source>
        <translation>موضوع:</translation>
    </message>
    <message>
        <source>Lead stat&amp;us:</source>
        <translation>وضعیت سرنخ:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <translation>عدم کفایت</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Su&amp;btype:</source>
        <translation>زیرنوع:</translation>
    </message>
    <message>
        <source>&amp;Profile type:</source>
        <translation>نوع پروفایل:</translation>
    </message>
    <message>
        <source>Customer n&amp;umber:</source>
        <translation>شماره مشتری:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>پیشوند:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>نام خانوادگی:</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>نام هویت حقوقی:</translation>
    </message>
    <message>
        <source>&amp;Brand name:</source>
        <translation>نام تجاری:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>نام مدیر:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>جنسیت:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>تاریخ تولد:</translation>
    </message>
    <message>
        <source>&amp;National code:</source>
        <translation>کد ملی:</translation>
    </message>
    <message>
        <source>&amp;Economic code:</source>
        <translation>کد اقتصادی:</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>شماره ثبت:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>ایمیل:</translation>
    </message>
    <message>
        <source>Second ema&amp;il:</source>
        <translation>ایمیل دوم:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>وب‌سایت:</translation>
    </message>
    <message>
        <source>Phones and addresses</source>
        <translation>اطلاعات ارتباطی</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>شماره‌های تماس</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>کد کشور</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>داخلی</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Add &amp;phone</source>
        <translation>افزودن شماره</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>حذف شماره</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Add &amp;address</source>
        <translation>افزودن نشانی</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>حذف نشانی</translation>
    </message>
    <message>
        <source>Categories and responsibles</source>
        <translation>دسته‌بندی و مسئولان</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>دسته‌بندی‌های بانک اطلاعاتی:</translation>
    </message>
    <message>
        <source>&amp;Sales responsible:</source>
        <translation>مسئول فروش:</translation>
    </message>
    <message>
        <source>Su&amp;pport responsible:</source>
        <translation>مسئول پشتیبانی:</translation>
    </message>
    <message>
        <source>&amp;Misc responsible:</source>
        <translation>مسئول متفرقه:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>رنگ:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>شروع ارتباط با مشتری:</translation>
    </message>
    <message>
        <source>&amp;How they found us:</source>
        <translation>نحوه آشنایی:</translation>
    </message>
    <message>
        <source>Customer si&amp;nce:</source>
        <translation>تاریخ مشتری شدن:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>توضیحات:</translation>
    </message>
    <message>
        <source>Convert to contact</source>
        <translation>تبدیل به مخاطب</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>بدون رنگ</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>قرمز</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>نارنجی</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>سبز</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>آبی</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>بنفش</translation>
    </message>
    <message>
        <source>Left empty: the next number of the subtype&apos;s pattern</source>
        <translation>اگر خالی بماند: شمارهٔ بعدی الگوی زیرنوع</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جدید</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>هویت: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>ایجاد: %1</translation>
    </message>
    <message>
        <source>&amp;National ID:</source>
        <translation>شناسه ملی:</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <source>Save or undo your changes before converting the lead.</source>
        <translation>پیش از تبدیل سرنخ، تغییرات را ذخیره یا لغو کنید.</translation>
    </message>
    <message>
        <source>The lead is now a contact.</source>
        <translation>سرنخ اکنون مخاطب است.</translation>
    </message>
    <message>
        <source>The lead is now a contact with customer number %1.</source>
        <translation>سرنخ اکنون مخاطب است با شماره مشتری %1.</translation>
    </message>
</context>
<context>
    <name>IdentityImportSourcePage</name>
    <message>
        <source>The file of identities</source>
        <translation>فایل هویت‌ها</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file of persons and organisations, and what to do with identities that are already in the database.</source>
        <translation>یک فایل ‎.xlsx‎ یا ‎.csv‎ از اشخاص حقیقی و حقوقی انتخاب کنید و بگویید با هویت‌هایی که در بانک اطلاعاتی هستند چه شود.</translation>
    </message>
    <message>
        <source>Path of an .xlsx or .csv file</source>
        <translation>مسیر فایل ‎.xlsx‎ یا ‎.csv‎</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>انتخاب فایل…</translation>
    </message>
    <message>
        <source>The first row holds the column names. Columns named like the fields (in Persian or English: نام، نام خانوادگی، کد ملی، موبایل…) are matched automatically on the next page.</source>
        <translation>سطر اول نام ستون‌هاست. ستون‌هایی که هم‌نام فیلدها هستند (فارسی یا انگلیسی: نام، نام خانوادگی، کد ملی، موبایل…) در صفحهٔ بعد خودکار جفت می‌شوند.</translation>
    </message>
    <message>
        <source>Identities that already exist (same customer number, or else same national ID)</source>
        <translation>هویت‌های موجود (با همان شماره مشتری، یا در نبودِ آن همان کد/شناسه ملی)</translation>
    </message>
    <message>
        <source>&amp;Add new identities only (existing ones are skipped)</source>
        <translation>فقط افزودن هویت‌های جدید (موجودها رد می‌شوند)</translation>
    </message>
    <message>
        <source>&amp;Update existing identities only</source>
        <translation>فقط به‌روزرسانی هویت‌های موجود</translation>
    </message>
    <message>
        <source>Add new and update e&amp;xisting identities</source>
        <translation>افزودن جدیدها و به‌روزرسانی موجودها</translation>
    </message>
    <message>
        <source>When updating, fill only &amp;empty fields</source>
        <translation>هنگام به‌روزرسانی، فقط فیلدهای خالی پر شوند</translation>
    </message>
</context>
<context>
    <name>IdentityImportWizard</name>
    <message>
        <source>Identities file</source>
        <translation>فایل هویت‌ها</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>فایل‌های اکسل و CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import identities</source>
        <translation>ورود هویت‌ها از اکسل</translation>
    </message>
    <message>
        <source>Customer number or national ID</source>
        <translation>شماره مشتری یا کد/شناسه ملی</translation>
    </message>
</context>
<context>
    <name>IdentityPages</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>شماره مشتری</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نوع پروفایل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد/شناسه ملی</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>هویت‌ها</translation>
    </message>
    <message>
        <source>All identities</source>
        <translation>همه هویت‌ها</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>ورود اطلاعات از اکسل…</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>شرکت جدید…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>شخص جدید…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ویرایش…</translation>
    </message>
</context>
<context>
    <name>IdentitySubtypeDialog</name>
    <message>
        <source>Identity subtype</source>
        <translation>زیرنوع هویت</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>برای:</translation>
    </message>
    <message>
        <source>Profile type:</source>
        <translation>نوع پروفایل:</translation>
    </message>
    <message>
        <source>Customer number pattern:</source>
        <translation>الگوی شماره مشتری:</translation>
    </message>
</context>
<context>
    <name>IdentitySubtypeService</name>
    <message>
        <source>Enter a name for the subtype.</source>
        <translation>نامی برای زیرنوع وارد کنید.</translation>
    </message>
    <message>
        <source>There is already a subtype called “%1”.</source>
        <translation>زیرنوعی به نام «%1» از قبل هست.</translation>
    </message>
    <message>
        <source>You do not have permission to change these settings. Ask an administrator.</source>
        <translation>اجازهٔ تغییر این تنظیمات را ندارید. از مدیر سیستم بخواهید.</translation>
    </message>
    <message>
        <source>The subtype could not be saved. Nothing was changed.</source>
        <translation>زیرنوع ذخیره نشد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This subtype no longer exists.</source>
        <translation>این زیرنوع دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Identities already have this subtype, so it stays for %1.</source>
        <translation>هویت‌هایی این زیرنوع را دارند، پس برای %1 می‌ماند.</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>اشخاص حقیقی</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>اشخاص حقوقی</translation>
    </message>
    <message>
        <source>The store could not tell whether the subtype is in use. Nothing was changed.</source>
        <translation>معلوم نشد که این زیرنوع به کار رفته است یا نه. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>%1 identities have the subtype “%2”; give them another one before deleting it.</source>
        <translation>%1 هویت زیرنوع «%2» را دارند؛ پیش از حذف، زیرنوع دیگری به آن‌ها بدهید.</translation>
    </message>
    <message>
        <source>The subtype could not be deleted. Nothing was changed.</source>
        <translation>زیرنوع حذف نشد. چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>IdentitySubtypesTab</name>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>New subtype…</source>
        <translation>زیرنوع جدید…</translation>
    </message>
    <message>
        <source>Persons and organisations are filed under a subtype; a customer subtype with a pattern gives each new customer the next customer number.</source>
        <translation>اشخاص و سازمان‌ها زیر یک زیرنوع ثبت می‌شوند؛ زیرنوع مشتری که الگو دارد به هر مشتری تازه شمارهٔ مشتری بعدی را می‌دهد.</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>زیرنوع</translation>
    </message>
    <message>
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <source>Profile type</source>
        <translation>نوع پروفایل</translation>
    </message>
    <message>
        <source>Customer number pattern</source>
        <translation>الگوی شماره مشتری</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ندارد)</translation>
    </message>
    <message>
        <source>Delete subtype</source>
        <translation>حذف زیرنوع</translation>
    </message>
    <message>
        <source>Delete the subtype “%1”?</source>
        <translation>زیرنوع «%1» حذف شود؟</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>پروندهٔ %1 خوانده نشد.</translation>
    </message>
    <message>
        <source>The file %1 is not an image.</source>
        <translation>پروندهٔ %1 تصویر نیست.</translation>
    </message>
    <message>
        <source>The image %1 is too large even when scaled down.</source>
        <translation>تصویر %1 حتی پس از کوچک کردن هم بیش از اندازه بزرگ است.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>بدون تصویر</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>انتخاب تصویر</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>--store needs a database file.</source>
        <translation>گزینه ‎--store‎ به نام فایل پایگاه داده نیاز دارد.</translation>
    </message>
    <message>
        <source>--mode needs add, update or upsert.</source>
        <translation>گزینه ‎--mode‎ یکی از مقادیر add، update یا upsert را لازم دارد.</translation>
    </message>
    <message>
        <source>Unknown mode: %1</source>
        <translation>حالت ناشناخته: ‎%1</translation>
    </message>
    <message>
        <source>--errors needs a file name.</source>
        <translation>گزینه ‎--errors‎ به نام فایل نیاز دارد.</translation>
    </message>
    <message>
        <source>Only one file can be imported at a time.</source>
        <translation>هر بار فقط یک فایل را می‌توان وارد کرد.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>گزینه ناشناخته: ‎%1</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>نام فایلی را که باید وارد شود، مشخص کنید.</translation>
    </message>
    <message>
        <source>The database is not open: %1</source>
        <translation>پایگاه داده باز نیست: %1</translation>
    </message>
    <message>
        <source>FILE is a .csv (UTF-8, UTF-16 or Windows-1256) or .xlsx file whose first row names the columns (Persian or English).
Exit codes: 0 done, 1 rows with errors (nothing written), 2 usage, 3 cannot open, 4 write failed.</source>
        <translation>FILE فایلی ‎.csv‎ (UTF-8، UTF-16 یا Windows-1256) یا ‎.xlsx‎ است که سطر اولش نام ستون‌ها (فارسی یا انگلیسی) است.
کدهای خروج: ۰ انجام شد، ۱ ردیف‌های دارای خطا (چیزی ذخیره نشد)، ۲ کاربرد نادرست، ۳ باز نشد، ۴ ذخیره نشد.</translation>
    </message>
    <message>
        <source>Columns matched: %1 of %2.</source>
        <translation>ستون‌های شناسایی‌شده: %L1 از %L2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>سطر %L1: %2</translation>
    </message>
    <message>
        <source>Line %1 (skipped): %2</source>
        <translation>سطر %L1 (رد شد): %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>هشدار: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>اجرای آزمایشی: هیچ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>Errors written to %1</source>
        <translation>خطاها در فایل «‎%1‎» ذخیره شد.</translation>
    </message>
    <message>
        <source>The database refused to save the import, so nothing was saved.</source>
        <translation>پایگاه داده ذخیرهٔ این ورود اطلاعات را نپذیرفت؛ هیچ چیز ذخیره نشد.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was written.</source>
        <translation>
            <numerusform>%Ln ردیف خطا دارد؛ هیچ چیزی ذخیره نشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is busy or cannot be written, so the import did not start; nothing was saved. Try again in a moment.</source>
        <translation>پایگاه داده مشغول است یا نوشتنی نیست، پس ورود اطلاعات آغاز نشد؛ هیچ چیز ذخیره نشد. چند لحظهٔ دیگر دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>ورود اطلاعات لغو شد؛ هیچ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>Rows: %1. Created: %2. Updated: %3. Skipped: %4. With errors: %5.</source>
        <translation>ردیف‌ها: %L1. ایجاد شده: %L2. به‌روزرسانی شده: %L3. نادیده گرفته شده: %L4. دارای خطا: %L5.</translation>
    </message>
    <message>
        <source>Written in %1 ms (validation %2 ms, preparation %3 ms, saving %4 ms).</source>
        <translation>در %1 میلی‌ثانیه ذخیره شد (بررسی %2، آماده‌سازی %3، ذخیره %4 میلی‌ثانیه).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>عملیات</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Saved: %1</source>
        <translation>ذخیره شد: ‎%1</translation>
    </message>
    <message>
        <source>Save the error file</source>
        <translation>ذخیره فایل خطاها</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>فایل اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>فایل CSV (*.csv)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>Say which column fills each field, and a value for cells that are empty.</source>
        <translation>مشخص کنید هر فیلد از کدام ستون پر شود و خانه‌های خالی چه مقداری بگیرند.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Column of the source</source>
        <translation>ستون منبع</translation>
    </message>
    <message>
        <source>Value when empty</source>
        <translation>مقدار برای خانه خالی</translation>
    </message>
    <message>
        <source>The mapping could not be saved.</source>
        <translation>نگاشت ذخیره نشد.</translation>
    </message>
    <message>
        <source>(not in the source)</source>
        <translation>(در منبع نیست)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ورود اطلاعات</translation>
    </message>
    <message>
        <source>To create: %1. To update: %2. To skip: %3. With errors: %4.</source>
        <translation>ایجاد: %L1؛ به‌روزرسانی: %L2؛ نادیده گرفتن: %L3؛ دارای خطا: %L4.</translation>
    </message>
    <message>
        <source>While any row has an error nothing will be written; go on to save the error file, correct it and start again.</source>
        <translation>تا خطاها رفع نشوند، چیزی ذخیره نمی‌شود؛ فایل خطاها را ذخیره و اصلاح کنید و دوباره شروع کنید.</translation>
    </message>
    <message>
        <source>Import is not available: no row would be created or updated. Save the error file to see why, correct the source and start again.</source>
        <translation>ورود اطلاعات ممکن نیست: هیچ ردیفی ساخته یا به‌روز نمی‌شود. فایل خطاها را ذخیره کنید تا دلیلش را ببینید، منبع را اصلاح کنید و دوباره شروع کنید.</translation>
    </message>
    <message>
        <source>Everything was written</source>
        <translation>همه ذخیره شد</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>هیچ چیزی ذخیره نشد</translation>
    </message>
    <message>
        <source>Rows: %1. With errors: %2.</source>
        <translation>ردیف‌ها: %L1؛ دارای خطا: %L2.</translation>
    </message>
</context>
<context>
    <name>ItemTypeEditor</name>
    <message>
        <source>Customer settings</source>
        <translation>تنظیمات مشتری</translation>
    </message>
    <message>
        <source>May create this type</source>
        <translation>اجازه ایجاد این نوع</translation>
    </message>
    <message>
        <source>May view this type</source>
        <translation>اجازه مشاهده این نوع</translation>
    </message>
    <message>
        <source>May view the custom fields of this type</source>
        <translation>اجازه مشاهده فیلدهای اضافه‌شده به این نوع</translation>
    </message>
    <message>
        <source>Sho&amp;wn as:</source>
        <translation>نحوه نمایش:</translation>
    </message>
    <message>
        <source>Agent settings</source>
        <translation>تنظیمات نماینده</translation>
    </message>
    <message>
        <source>Financial settings</source>
        <translation>تنظیمات مالی</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>نیاز به تأیید دارد</translation>
    </message>
    <message>
        <source>Needs numbering</source>
        <translation>نیاز به شماره‌گذاری دارد</translation>
    </message>
    <message>
        <source>Numbering &amp;pattern:</source>
        <translation>&amp;الگوی شماره‌گذاری:</translation>
    </message>
    <message>
        <source>Give the customer a customer number on approval</source>
        <translation>تخصیص شماره مشتری در هنگام تأیید</translation>
    </message>
    <message>
        <source>Back to pending approval after an edit</source>
        <translation>بازگشت به وضعیت در انتظار تأیید پس از ویرایش</translation>
    </message>
    <message>
        <source>&amp;Tax:</source>
        <translation>مالیات:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> ٪</translation>
    </message>
    <message>
        <source>&amp;Levy:</source>
        <translation>عو&amp;ارض:</translation>
    </message>
    <message>
        <source>Signature image:</source>
        <translation>تصویر امضا:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای اضافه‌شده</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;افزودن فیلد</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>حذف فیلد</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;انتقال به بالا</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;انتقال به پایین</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>فیلد جدید</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ندارد)</translation>
    </message>
    <message>
        <source>Choose an item type on the list.</source>
        <translation>یک نوع آیتم را از لیست انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (غیرفعال)</translation>
    </message>
    <message>
        <source>Choose the signature image</source>
        <translation>انتخاب تصویر امضا</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>%1 — next number %2</source>
        <translation>%1 — شمارهٔ بعدی: %2</translation>
    </message>
</context>
<context>
    <name>ItemTypeService</name>
    <message>
        <source>You do not have permission to change these settings. Ask an administrator.</source>
        <translation>شما مجوز تغییر این تنظیمات را ندارید. از مدیر سیستم بخواهید.</translation>
    </message>
    <message>
        <source>This item type no longer exists.</source>
        <translation>این نوع آیتم دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>تغییر ذخیره نشد. هیچ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Every custom field needs a name.</source>
        <translation>هر فیلد اضافه‌شده باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>The fields could not be saved. Nothing was changed.</source>
        <translation>فیلدها ذخیره نشدند. هیچ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Enter a name for the item type.</source>
        <translation>نامی برای نوع آیتم وارد کنید.</translation>
    </message>
    <message>
        <source>There is already a type called “%1” here. Choose another name.</source>
        <translation>نوعی به نام «%1» اینجا هست. نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Vafa does not know this kind of item.</source>
        <translation>وفا این گونه آیتم را نمی‌شناسد.</translation>
    </message>
    <message>
        <source>The item type could not be saved. Nothing was changed.</source>
        <translation>نوع آیتم ذخیره نشد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The store could not tell whether the type is in use. Nothing was changed.</source>
        <translation>معلوم نشد که این نوع به کار رفته است یا نه. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>“%1” is used by %2 records and cannot be deleted. Deactivate it instead: it stays on the records that have it and is offered for no new ones.</source>
        <translation>«%1» در %2 رکورد به کار رفته و حذف نمی‌شود. به جای آن غیرفعالش کنید: روی رکوردهایی که دارندش می‌ماند و برای رکورد تازه پیشنهاد نمی‌شود.</translation>
    </message>
    <message>
        <source>The item type could not be deleted. Nothing was changed.</source>
        <translation>نوع آیتم حذف نشد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Only the finance manager may change print templates.</source>
        <translation>فقط مدیر مالی می‌تواند قالب‌های چاپ را تغییر دهد.</translation>
    </message>
    <message>
        <source>The template could not be saved. Nothing was changed.</source>
        <translation>قالب ذخیره نشد. چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>ItemTypesPage</name>
    <message>
        <source>Customisation</source>
        <translation>شخصی‌سازی</translation>
    </message>
    <message>
        <source>Changes on this page take effect at once and are recorded in the audit log.</source>
        <translation>تغییرات این صفحه بلافاصله اعمال می‌شوند و در تاریخچه تغییرات ثبت می‌شوند.</translation>
    </message>
    <message>
        <source>Item types</source>
        <translation>انواع آیتم</translation>
    </message>
    <message>
        <source>Filter item types</source>
        <translation>فیلتر انواع آیتم</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>نوع آیتم</translation>
    </message>
    <message>
        <source>Club permissions matrix</source>
        <translation>ماتریس دسترسی‌های باشگاه</translation>
    </message>
    <message>
        <source>Tick what customers and agents may do with each item type. Select several cells and use the buttons to set them all at once. Changes are saved at once.</source>
        <translation>مشخص کنید مشتریان و نمایندگان با هر نوع آیتم چه کارهایی می‌توانند انجام دهند. برای تنظیم هم‌زمان چند خانه، آن‌ها را انتخاب کنید و از دکمه‌ها استفاده کنید. تغییرات بلافاصله ذخیره می‌شوند.</translation>
    </message>
    <message>
        <source>A&amp;llow selected</source>
        <translation>مجاز کردن خانه‌های &amp;انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Deny selected</source>
        <translation>غیرمجاز کردن خانه‌های &amp;انتخاب‌شده</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (غیرفعال)</translation>
    </message>
    <message>
        <source>New type…</source>
        <translation>نوع جدید…</translation>
    </message>
    <message>
        <source>A new type in the selected group</source>
        <translation>نوعی تازه در گروه انتخاب‌شده</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Identity subtypes</source>
        <translation>زیرنوع‌های هویت</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>فعال کردن</translation>
    </message>
    <message>
        <source>New item type</source>
        <translation>نوع آیتم جدید</translation>
    </message>
    <message>
        <source>Name of the new type among %1:</source>
        <translation>نام نوع تازه در «%1»:</translation>
    </message>
    <message>
        <source>Rename item type</source>
        <translation>تغییر نام نوع آیتم</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>نام تازه:</translation>
    </message>
    <message>
        <source>Delete item type</source>
        <translation>حذف نوع آیتم</translation>
    </message>
    <message>
        <source>Delete the type “%1” for good?</source>
        <translation>نوع «%1» برای همیشه حذف شود؟</translation>
    </message>
</context>
<context>
    <name>JalaliDateEdit</name>
    <message>
        <source>YYYY/MM/DD</source>
        <translation>سال/ماه/روز</translation>
    </message>
    <message>
        <source>Choose a date from the calendar (Alt+Down)</source>
        <translation>انتخاب تاریخ از تقویم (Alt+Down)</translation>
    </message>
    <message>
        <source>Up/Down: next or previous day; Page Up/Page Down: next or previous month; Ctrl+T: today</source>
        <translation>کلیدهای Up/Down: روز بعد یا قبل؛ Page Up/Page Down: ماه بعد یا قبل؛ Ctrl+T: امروز</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>نماینده</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>تأمین‌کننده</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>اپراتور</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>رقیب</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>حقیقی</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>حقوقی</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار تأیید</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأیید شده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رد شده</translation>
    </message>
    <message>
        <source>Proforma</source>
        <translation>پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Return invoice</source>
        <translation>فاکتور برگشت از فروش</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدی</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>چکی</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>اعتباری</translation>
    </message>
    <message>
        <source>Card to card</source>
        <translation>کارت به کارت</translation>
    </message>
    <message>
        <source>Deposit to account</source>
        <translation>واریز به حساب بانکی</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>پرداخت آنلاین</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>پرداخت حضوری</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>لینک پرداخت</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>دستگاه کارتخوان</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>کسب شده</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>مصرف شده</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی شده</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>پاسخ داده شده</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>در انتظار پاسخ مشتری</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته شده</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
</context>
<context>
    <name>LicenceCommand</name>
    <message>
        <source>%1 active, no limit</source>
        <translation>%1 فعال، بدون محدودیت</translation>
    </message>
    <message>
        <source>%1 active of %L2 allowed</source>
        <translation>%1 فعال از %L2 مجاز</translation>
    </message>
    <message>
        <source>customer club</source>
        <translation>باشگاه مشتریان</translation>
    </message>
    <message>
        <source>agent club</source>
        <translation>باشگاه نمایندگان</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Company: %1 (national ID %2)</source>
        <translation>شرکت: %1 (شناسه ملی %2)</translation>
    </message>
    <message>
        <source>Licence number: %1</source>
        <translation>شمارهٔ مجوز: %1</translation>
    </message>
    <message>
        <source>The installed licence is not in force: the standard edition&apos;s limits apply.</source>
        <translation>مجوز نصب‌شده معتبر نیست: محدودیت‌های نسخهٔ استاندارد اعمال می‌شود.</translation>
    </message>
    <message>
        <source>Edition: %1</source>
        <translation>نسخه: %1</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>پیشرفته (سازمانی)</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>استاندارد</translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation>ماژول‌ها: %1</translation>
    </message>
    <message>
        <source>Customer club users: %1</source>
        <translation>کاربران باشگاه مشتریان: %1</translation>
    </message>
    <message>
        <source>Agent club users: %1</source>
        <translation>کاربران باشگاه نمایندگان: %1</translation>
    </message>
    <message>
        <source>Valid through: %1 (%2)</source>
        <translation>معتبر تا: %1 (%2)</translation>
    </message>
    <message>
        <source>Usage: vafa licence show --store FILE
       vafa licence install LICENCE --store FILE
Exit codes: 0 done, 2 usage, 3 cannot open the store or the licence, 4 refused (nothing changed).</source>
        <translation>استفاده: vafa licence show --store FILE
       vafa licence install LICENCE --store FILE
کدهای خروج: ۰ انجام شد، ۲ استفادهٔ نادرست، ۳ پایگاه داده یا فایل مجوز باز نمی‌شود، ۴ پذیرفته نشد (چیزی تغییر نکرد).</translation>
    </message>
    <message>
        <source>Say show or install.</source>
        <translation>show یا install را بنویسید.</translation>
    </message>
    <message>
        <source>--store needs a database file.</source>
        <translation>‏--store به نام فایل پایگاه داده نیاز دارد.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>گزینهٔ ناشناخته: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>آرگومان نابجا: %1</translation>
    </message>
    <message>
        <source>Name the database with --store FILE.</source>
        <translation>پایگاه داده را با ‎--store FILE‎ نام ببرید.</translation>
    </message>
    <message>
        <source>Name the licence file to install.</source>
        <translation>فایل مجوزی را که باید نصب شود نام ببرید.</translation>
    </message>
    <message>
        <source>The licence file cannot be read: %1</source>
        <translation>فایل مجوز خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The licence was installed.</source>
        <translation>مجوز نصب شد.</translation>
    </message>
    <message>
        <source>%1 active; the licence does not include this club</source>
        <translation>%1 فعال؛ این باشگاه در مجوز نیست</translation>
    </message>
</context>
<context>
    <name>LicenceService</name>
    <message>
        <source>Only a system administrator may install a licence.</source>
        <translation>فقط مدیر سیستم می‌تواند مجوز نصب کند.</translation>
    </message>
    <message>
        <source>The licence could not be saved. Nothing was changed.</source>
        <translation>مجوز ذخیره نشد. چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>LicenceVerdict</name>
    <message>
        <source>No licence is installed: the standard edition&apos;s limits apply.</source>
        <translation>مجوزی نصب نشده است: محدودیت‌های نسخهٔ استاندارد اعمال می‌شود.</translation>
    </message>
    <message>
        <source>This file is not a Vafa licence, or part of it is missing.</source>
        <translation>این فایل مجوز وفا نیست یا بخشی از آن از دست رفته است.</translation>
    </message>
    <message>
        <source>This licence was not signed by the vendor of this copy of Vafa.</source>
        <translation>این مجوز را فروشندهٔ این نسخه از وفا امضا نکرده است.</translation>
    </message>
    <message>
        <source>This licence has been changed after it was signed, so it cannot be trusted.</source>
        <translation>این مجوز پس از امضا تغییر کرده است و نمی‌توان به آن اعتماد کرد.</translation>
    </message>
    <message>
        <source>This licence is for another company (national ID %1), not for this one.</source>
        <translation>این مجوز برای شرکت دیگری (شناسه ملی %1) است، نه برای این شرکت.</translation>
    </message>
    <message>
        <source>The company profile has no national ID to compare the licence with. Enter it in the company profile first.</source>
        <translation>در مشخصات شرکت شناسه ملی ثبت نشده است تا مجوز با آن سنجیده شود. نخست آن را در مشخصات شرکت وارد کنید.</translation>
    </message>
    <message>
        <source>This licence expired on %1.</source>
        <translation>اعتبار این مجوز در %1 به پایان رسیده است.</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>ایجاد فایل «‎%1‎» ممکن نشد.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>فرستادن به اکسل لغو شد.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ذخیره فایل «‎%1‎» ممکن نشد: %2</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search (name, number, mobile…)  Ctrl+F</source>
        <translation>جستجو (نام، شماره، موبایل…)  Ctrl+F</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>اکسل</translation>
    </message>
    <message>
        <source>Export the whole list to Excel (Ctrl+E)</source>
        <translation>فرستادن کل لیست به اکسل (Ctrl+E)</translation>
    </message>
    <message>
        <source>list</source>
        <translation>لیست</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>فرستادن به اکسل</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>فایل اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ردیف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln row(s)…</source>
        <translation>
            <numerusform>در حال نوشتن %Ln ردیف…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), newest first: narrow the search to sort them</source>
        <translation>
            <numerusform>%Ln ردیف، جدیدترین‌ها در ابتدا؛ برای مرتب‌سازی، جستجو را محدودتر کنید</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to show here yet.</source>
        <translation>هنوز چیزی برای نمایش نیست.</translation>
    </message>
    <message>
        <source>Nothing matches «%1».</source>
        <translation>چیزی با «%1» پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>ListPickerDialog</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>شماره مشتری</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Vafa</source>
        <translation>ورود به وفا</translation>
    </message>
    <message>
        <source>Vafa</source>
        <translation>وفا</translation>
    </message>
    <message>
        <source>Customer and agent club</source>
        <translation>باشگاه مشتریان و نمایندگان</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>نام کا&amp;ربری:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer (in the system keychain)</source>
        <translation>&amp;رمز عبورم در این رایانه به خاطر سپرده شود (در مخزن امن رمزهای سیستم‌عامل)</translation>
    </message>
    <message>
        <source>Sample accounts of the demo company (double-click to fill in)</source>
        <translation>حساب‌های کاربری شرکت نمونه (برای پر شدن خودکار، دوبار کلیک کنید)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>لطفاً نام کاربری خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>سرور:</translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation>مدیریت اتصال‌ها…</translation>
    </message>
    <message>
        <source>Company file on this computer</source>
        <translation>پروندهٔ شرکت در این رایانه</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vafa — %1</source>
        <translation>وفا — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>پر&amp;ونده</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>خروج &amp;از حساب کاربری</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خر&amp;وج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>جستجو &amp;در لیست</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;About Vafa</source>
        <translation>&amp;درباره وفا</translation>
    </message>
    <message>
        <source>About Vafa</source>
        <translation>درباره وفا</translation>
    </message>
    <message>
        <source>Vafa %1 — customer and agent club.
The Vazirmatn font is used under the SIL Open Font License 1.1.</source>
        <translation>وفا، نسخه %1 — باشگاه مشتریان و نمایندگان.
قلم وزیرمتن (Vazirmatn) تحت مجوز SIL Open Font License 1.1 به کار رفته است.</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>سرور مرکزی</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>مستقل</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>Agent club</source>
        <translation>باشگاه نمایندگان</translation>
    </message>
    <message>
        <source>Supplier club</source>
        <translation>باشگاه تأمین‌کنندگان</translation>
    </message>
    <message>
        <source>Customer club</source>
        <translation>باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>حالت: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>پایگاه داده محلی</translation>
    </message>
    <message>
        <source>&amp;Export list to Excel…</source>
        <translation>فرستادن لیست به &amp;اکسل…</translation>
    </message>
    <message>
        <source>This company&apos;s file is open read-only: you can look, search and print, but nothing can be saved. Ask whoever manages the file for write access.</source>
        <translation>پروندهٔ این شرکت فقط‌خواندنی باز شده است: می‌توانید ببینید، جست‌وجو و چاپ کنید، اما هیچ تغییری ذخیره نمی‌شود. برای اجازهٔ نوشتن از مسئول پرونده بخواهید.</translation>
    </message>
    <message>
        <source>Connection lost — trying again…</source>
        <translation>اتصال قطع شد — تلاش دوباره…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>سرور: %1</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>Sign-in history</source>
        <translation>تاریخچه ورود</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>رایانه</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>By</source>
        <translation>انجام‌دهنده</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>ر&amp;د…</translation>
    </message>
    <message>
        <source>Reject registration</source>
        <translation>رد ثبت‌نام</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>علت:</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>فعال‌سا&amp;زی</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>غیرفعال‌سا&amp;زی</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>تعلیق</translation>
    </message>
    <message>
        <source>&amp;Lift suspension</source>
        <translation>&amp;رفع تعلیق</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>با&amp;ز کردن قفل</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>تعیین &amp;رمز عبور…</translation>
    </message>
    <message>
        <source>The member will be asked to change it at the next sign-in.</source>
        <translation>از عضو خواسته می‌شود در ورود بعدی آن را تغییر دهد.</translation>
    </message>
    <message>
        <source>&amp;Force password change</source>
        <translation>&amp;الزام به تغییر رمز عبور</translation>
    </message>
    <message>
        <source>Sign-in &amp;history</source>
        <translation>تاریخچه &amp;ورود</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <source>Sign &amp;in as this user</source>
        <translation>ورود به‌جای &amp;این کاربر</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete club member</source>
        <translation>حذف عضو باشگاه</translation>
    </message>
    <message>
        <source>Delete this club member? A member with records is deactivated instead.</source>
        <translation>این عضو باشگاه حذف شود؟ عضوی که سوابقی دارد، به‌جای حذف غیرفعال می‌شود.</translation>
    </message>
    <message>
        <source>The member has records, so the account was deactivated instead.</source>
        <translation>این عضو سوابقی دارد؛ بنابراین حساب کاربری او به‌جای حذف غیرفعال شد.</translation>
    </message>
    <message>
        <source>%1, signed in as %2 by %3</source>
        <translation>%1 — ورود به‌جای ‎%2‎ توسط ‎%3‎</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>عضو جدید…</translation>
    </message>
    <message>
        <source>&amp;Bulk accounts…</source>
        <translation>&amp;ایجاد گروهی حساب‌ها…</translation>
    </message>
    <message>
        <source>&amp;Define club user…</source>
        <translation>تعریف کا&amp;ربر باشگاه…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>بیشتر</translation>
    </message>
    <message>
        <source>The other actions on club members</source>
        <translation>سایر کارها روی اعضای باشگاه</translation>
    </message>
</context>
<context>
    <name>MemberCreateDialog</name>
    <message>
        <source>New club member</source>
        <translation>عضو جدید باشگاه</translation>
    </message>
    <message>
        <source>Identity &amp;type:</source>
        <translation>نوع هویت:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>حقیقی</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>حقوقی</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>نام خانو&amp;ادگی:</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>نام شرکت:</translation>
    </message>
    <message>
        <source>&amp;National ID:</source>
        <translation>شناسه ملی:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>موبایل:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>نام کا&amp;ربری:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>تکرار &amp;رمز عبور:</translation>
    </message>
    <message>
        <source>The account is &amp;active</source>
        <translation>کاربر فعال &amp;است</translation>
    </message>
    <message>
        <source>C&amp;ommission:</source>
        <translation>&amp;درصد پورسانت:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> ٪</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور وارد شده یکسان نیستند.</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>نماینده جدید</translation>
    </message>
    <message>
        <source>New customer member</source>
        <translation>عضو جدید باشگاه مشتریان</translation>
    </message>
    <message>
        <source>&amp;National code:</source>
        <translation>کد ملی:</translation>
    </message>
</context>
<context>
    <name>MemberEditDialog</name>
    <message>
        <source>Edit club member</source>
        <translation>ویرایش عضو باشگاه</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>موبایل:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>C&amp;ommission:</source>
        <translation>&amp;درصد پورسانت:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> ٪</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <source>Created by staff</source>
        <translation>ایجاد توسط کارمند</translation>
    </message>
    <message>
        <source>Self-registered</source>
        <translation>ثبت‌نام توسط خود عضو</translation>
    </message>
    <message>
        <source>Defined on the identity</source>
        <translation>تعریف کاربر روی هویت</translation>
    </message>
    <message>
        <source>Bulk creation</source>
        <translation>ایجاد گروهی</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>ورود از فایل</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>در انتظار تأیید</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رد شده</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>تعلیق شده</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قفل شده</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>The unit the amount is typed in; it is always stored in rials</source>
        <translation>واحدی که مبلغ با آن وارد می‌شود؛ مبلغ همیشه به ریال ذخیره می‌شود</translation>
    </message>
</context>
<context>
    <name>NewCompanyWizard</name>
    <message>
        <source>New company</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <source>&amp;Create the company</source>
        <translation>&amp;ایجاد شرکت</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>پروندهٔ شرکت</translation>
    </message>
    <message>
        <source>Vafa company (*.vafa)</source>
        <translation>شرکت وفا (*.vafa)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور یکسان نیستند.</translation>
    </message>
    <message>
        <source>Choose where the company&apos;s file goes.</source>
        <translation>جای پروندهٔ شرکت را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; an existing company is opened, not created.</source>
        <translation>%1 از قبل وجود دارد. نام تازه‌ای برای پرونده انتخاب کنید؛ شرکت موجود باز می‌شود، نه ایجاد.</translation>
    </message>
    <message>
        <source>The folder for the company&apos;s file cannot be made.</source>
        <translation>پوشهٔ پروندهٔ شرکت ساخته نمی‌شود.</translation>
    </message>
    <message>
        <source>Vafa starts the company with the standard item types (proforma, invoice, return invoice, contracts, receipt, payment, tickets and requests, forms, tasks, notes, calls, appointments and files) and their numbering patterns, the identity subtypes, the customer and agent categories, a cash box, the bank account and the staff groups (finance, customer affairs, club administration). All of it can be changed afterwards.</source>
        <translation>وفا شرکت را با انواع آیتم استاندارد (پیش‌فاکتور، فاکتور، فاکتور برگشتی، قراردادها، دریافت، پرداخت، درخواست‌ها و تیکت‌ها، فرم، وظیفه، یادداشت، تماس، قرار ملاقات و پرونده) و الگوهای شماره‌گذاری‌شان، زیرنوع‌های هویت، دسته‌های مشتریان و نمایندگان، یک صندوق، حساب بانکی و گروه‌های کارکنان (مالی، امور مشتریان، مدیریت باشگاه) آغاز می‌کند. همهٔ این‌ها بعداً تغییرپذیرند.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>تعیین رمز عبور جدید</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;رمز عبور جدید:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>تکرار &amp;رمز عبور:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, with an upper-case letter, a lower-case letter and a digit.</source>
        <translation>
            <numerusform>دست‌کم %Ln کاراکتر، شامل یک حرف بزرگ، یک حرف کوچک و یک رقم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>دست‌کم %Ln کاراکتر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور وارد شده یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>NumberingPatternEditor</name>
    <message>
        <source>Numbering pattern</source>
        <translation>الگوی شماره‌گذاری</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <source>For example: Sales invoices</source>
        <translation>مثلاً: فاکتورهای فروش</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>الگو:</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>شمارهٔ ترتیبی</translation>
    </message>
    <message>
        <source>Five-digit sequence</source>
        <translation>شمارهٔ ترتیبی پنج‌رقمی</translation>
    </message>
    <message>
        <source>Solar year</source>
        <translation>سال شمسی</translation>
    </message>
    <message>
        <source>Gregorian year</source>
        <translation>سال میلادی</translation>
    </message>
    <message>
        <source>&amp;Initial value:</source>
        <translation>مقدار اولیه:</translation>
    </message>
    <message>
        <source>&amp;Restart the sequence every year</source>
        <translation>تغییر سال (شماره‌ها هر سال از نو شروع شوند)</translation>
    </message>
    <message>
        <source>Current &amp;last value:</source>
        <translation>مقدار نهایی فعلی:</translation>
    </message>
    <message>
        <source>The next number</source>
        <translation>شمارهٔ بعدی</translation>
    </message>
    <message>
        <source>Numbering pattern: %1</source>
        <translation>الگوی شماره‌گذاری: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Items already carry its numbers, so the pattern itself can no longer change.</source>
        <translation>آیتم‌هایی با شماره‌های این الگو ثبت شده‌اند، پس خود الگو دیگر تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>New numbering pattern</source>
        <translation>الگوی شماره‌گذاری جدید</translation>
    </message>
    <message>
        <source>The initial value must be a whole number, 0 or more.</source>
        <translation>مقدار اولیه باید عددی صحیح و صفر یا بیشتر باشد.</translation>
    </message>
    <message>
        <source>The current last value must be a whole number, 0 or more.</source>
        <translation>مقدار نهایی فعلی باید عددی صحیح و صفر یا بیشتر باشد.</translation>
    </message>
    <message>
        <source>Used by %1.</source>
        <translation>به کار رفته در %1.</translation>
    </message>
    <message>
        <source>Write the number as it should look. %1 is the sequence, %2 a sequence of exactly three digits (one underscore per digit), %3 the solar year and %4 the Gregorian year; everything else is kept as typed, except %5 and %6. Separate two tokens, for example with %7 or %8.</source>
        <translation>شماره را همان‌طور بنویسید که باید دیده شود. %1 شمارهٔ ترتیبی است، %2 شمارهٔ ترتیبی با دقیقاً سه رقم (هر زیرخط یک رقم)، %3 سال شمسی و %4 سال میلادی؛ بقیه همان‌طور که نوشته شده می‌ماند، جز %5 و %6. میان دو نشانه جداکننده بگذارید، مثلاً %7 یا %8.</translation>
    </message>
</context>
<context>
    <name>NumberingPatternService</name>
    <message>
        <source>The numbering pattern could not be saved. Nothing was changed.</source>
        <translation>الگوی شماره‌گذاری ذخیره نشد. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>Only the finance manager or an administrator may change the numbering patterns.</source>
        <translation>فقط مدیر مالی یا مدیر سیستم می‌تواند الگوهای شماره‌گذاری را تغییر دهد.</translation>
    </message>
    <message>
        <source>Give the numbering pattern a title.</source>
        <translation>عنوان الگوی شماره‌گذاری را بنویسید.</translation>
    </message>
    <message>
        <source>Another numbering pattern is already called «%1».</source>
        <translation>الگوی شماره‌گذاری دیگری با عنوان «%1» وجود دارد.</translation>
    </message>
    <message>
        <source>This numbering pattern no longer exists; it may have been deleted meanwhile.</source>
        <translation>این الگوی شماره‌گذاری دیگر وجود ندارد؛ شاید در این فاصله حذف شده باشد.</translation>
    </message>
    <message>
        <source>This numbering pattern changed after you opened it (a number may have been issued from it). Close it and open it again to see its current values.</source>
        <translation>این الگو پس از باز کردن شما تغییر کرده است (شاید شماره‌ای از آن صادر شده باشد). آن را ببندید و دوباره باز کنید تا مقادیر کنونی‌اش را ببینید.</translation>
    </message>
    <message>
        <source>Numbers up to %1 have already been issued from this pattern; the initial value cannot be set below %1.</source>
        <translation>شماره‌ها تا %1 از این الگو صادر شده‌اند؛ مقدار اولیه نمی‌تواند کمتر از %1 باشد.</translation>
    </message>
    <message>
        <source>Numbers up to %1 have already been issued from this pattern; the current last value cannot be set below %1, or the same numbers would be issued again.</source>
        <translation>شماره‌ها تا %1 از این الگو صادر شده‌اند؛ مقدار نهایی فعلی نمی‌تواند کمتر از %1 باشد، وگرنه همان شماره‌ها دوباره صادر می‌شوند.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>«%1» is used by %2, so it cannot be deleted. Give them another pattern first.</source>
        <translation>«%1» در %2 به کار رفته است، پس حذف نمی‌شود. نخست الگوی دیگری به آن‌ها بدهید.</translation>
    </message>
</context>
<context>
    <name>OpenSessionsPage</name>
    <message>
        <source>Signed in now</source>
        <translation>نشست‌های باز</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>رایانه</translation>
    </message>
    <message>
        <source>Signed in at</source>
        <translation>زمان ورود</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخرین فعالیت</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>پایان نشست</translation>
    </message>
    <message>
        <source>End this session? The person is signed out at their next action and must sign in again.</source>
        <translation>این نشست پایان یابد؟ این کاربر در کار بعدی‌اش از سیستم خارج می‌شود و باید دوباره وارد شود.</translation>
    </message>
    <message>
        <source>The session could not be ended; it may have ended already.</source>
        <translation>نشست پایان نیافت؛ شاید پیش‌تر پایان یافته باشد.</translation>
    </message>
</context>
<context>
    <name>Persian::Validate</name>
    <message>
        <source>Enter the national code.</source>
        <translation>لطفاً کد ملی را وارد کنید.</translation>
    </message>
    <message>
        <source>The national code may contain digits only.</source>
        <translation>کد ملی فقط می‌تواند شامل رقم باشد.</translation>
    </message>
    <message>
        <source>The national code must have 10 digits.</source>
        <translation>کد ملی باید ده رقم داشته باشد.</translation>
    </message>
    <message>
        <source>This national code is never issued; check the digits.</source>
        <translation>چنین کد ملی‌ای صادر نمی‌شود؛ لطفاً ارقام را دوباره بررسی کنید.</translation>
    </message>
    <message>
        <source>This national code is not valid: its check digit does not match.</source>
        <translation>این کد ملی معتبر نیست؛ رقم کنترل آن مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s national ID.</source>
        <translation>لطفاً شناسه ملی سازمان را وارد کنید.</translation>
    </message>
    <message>
        <source>The national ID may contain digits only.</source>
        <translation>شناسه ملی فقط می‌تواند شامل رقم باشد.</translation>
    </message>
    <message>
        <source>The organisation&apos;s national ID must have 11 digits.</source>
        <translation>شناسه ملی سازمان باید یازده رقم داشته باشد.</translation>
    </message>
    <message>
        <source>This national ID is never issued; check the digits.</source>
        <translation>چنین شناسه ملی‌ای صادر نمی‌شود؛ لطفاً ارقام را دوباره بررسی کنید.</translation>
    </message>
    <message>
        <source>This national ID is not valid: its check digit does not match.</source>
        <translation>این شناسه ملی معتبر نیست؛ رقم کنترل آن مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Enter the IBAN (Sheba number).</source>
        <translation>لطفاً شماره شبا را وارد کنید.</translation>
    </message>
    <message>
        <source>The IBAN must be IR followed by digits only.</source>
        <translation>شماره شبا باید با IR شروع شود و پس از آن فقط رقم بیاید.</translation>
    </message>
    <message>
        <source>The IBAN must be IR followed by 24 digits.</source>
        <translation>شماره شبا باید با IR شروع شود و پس از آن بیست‌وچهار رقم بیاید.</translation>
    </message>
    <message>
        <source>This IBAN is not valid: its check digits do not match.</source>
        <translation>این شماره شبا معتبر نیست؛ ارقام کنترل آن مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>لطفاً شماره کارت را وارد کنید.</translation>
    </message>
    <message>
        <source>The card number may contain digits only.</source>
        <translation>شماره کارت فقط می‌تواند شامل رقم باشد.</translation>
    </message>
    <message>
        <source>The card number must have 16 digits.</source>
        <translation>شماره کارت باید شانزده رقم داشته باشد.</translation>
    </message>
    <message>
        <source>This card number is never issued; check the digits.</source>
        <translation>چنین شماره کارتی صادر نمی‌شود؛ لطفاً ارقام را دوباره بررسی کنید.</translation>
    </message>
    <message>
        <source>This card number is not valid: its check digit does not match.</source>
        <translation>این شماره کارت معتبر نیست؛ رقم کنترل آن مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation>لطفاً شماره موبایل را وارد کنید.</translation>
    </message>
    <message>
        <source>The mobile number may contain digits only.</source>
        <translation>شماره موبایل فقط می‌تواند شامل رقم باشد.</translation>
    </message>
    <message>
        <source>The mobile number must have 11 digits, like 09121234567.</source>
        <translation>شماره موبایل باید یازده رقم داشته باشد، مانند ۰۹۱۲۱۲۳۴۵۶۷.</translation>
    </message>
    <message>
        <source>An Iranian mobile number starts with 09 (or +989).</source>
        <translation>شماره موبایل ایران با ۰۹ (یا ‎+989) شروع می‌شود.</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>لطفاً کد پستی را وارد کنید.</translation>
    </message>
    <message>
        <source>The postal code may contain digits only.</source>
        <translation>کد پستی فقط می‌تواند شامل رقم باشد.</translation>
    </message>
    <message>
        <source>The postal code must have 10 digits.</source>
        <translation>کد پستی باید ده رقم داشته باشد.</translation>
    </message>
    <message>
        <source>This is not a valid postal code: its first five digits never contain 0 or 2.</source>
        <translation>این کد پستی معتبر نیست؛ در پنج رقم اول کد پستی هرگز رقم صفر یا دو نمی‌آید.</translation>
    </message>
    <message>
        <source>Enter the economic code.</source>
        <translation>لطفاً کد اقتصادی را وارد کنید.</translation>
    </message>
    <message>
        <source>The economic code may contain digits only.</source>
        <translation>کد اقتصادی فقط می‌تواند شامل رقم باشد.</translation>
    </message>
    <message>
        <source>The economic code must be a 10-digit national code, an 11-digit national ID or a 12-digit code.</source>
        <translation>کد اقتصادی باید یک کد ملی ده‌رقمی، یک شناسه ملی یازده‌رقمی یا یک کد دوازده‌رقمی باشد.</translation>
    </message>
    <message>
        <source>This economic code is never issued; check the digits.</source>
        <translation>چنین کد اقتصادی‌ای صادر نمی‌شود؛ لطفاً ارقام را دوباره بررسی کنید.</translation>
    </message>
    <message>
        <source>This economic code is not valid: its check digit does not match.</source>
        <translation>این کد اقتصادی معتبر نیست؛ رقم کنترل آن مطابقت ندارد.</translation>
    </message>
</context>
<context>
    <name>PointPages</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیازات</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Usage: vafa print --store FILE (--type invoice|proforma|return_invoice|contract|receipt --number N | --filter kind=…,status=…,from=YYYY-MM-DD,to=YYYY-MM-DD) (--pdf OUT.pdf | --pdf-dir DIR | --printer NAME) [--public]</source>
        <translation>روش استفاده: ‎vafa print --store FILE (--type invoice|proforma|return_invoice|contract|receipt --number N | --filter kind=…,status=…,from=YYYY-MM-DD,to=YYYY-MM-DD) (--pdf OUT.pdf | --pdf-dir DIR | --printer NAME) [--public]‎</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>گزینه ‎%1‎ به یک مقدار نیاز دارد.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>گزینه ناشناخته: ‎%1</translation>
    </message>
    <message>
        <source>Give either --type and --number, or --filter.</source>
        <translation>یا گزینه‌های ‎--type‎ و ‎--number‎ را بدهید، یا گزینه ‎--filter‎ را.</translation>
    </message>
    <message>
        <source>--type and --number go together.</source>
        <translation>گزینه‌های ‎--type‎ و ‎--number‎ باید با هم به کار روند.</translation>
    </message>
    <message>
        <source>Give exactly one of --pdf, --pdf-dir and --printer.</source>
        <translation>دقیقاً یکی از گزینه‌های ‎--pdf‎، ‎--pdf-dir‎ و ‎--printer‎ را بدهید.</translation>
    </message>
    <message>
        <source>Unknown document type: %1</source>
        <translation>نوع سند ناشناخته: ‎%1</translation>
    </message>
    <message>
        <source>Cannot read the filter item: %1</source>
        <translation>این بخش از فیلتر خوانده نشد: ‎%1</translation>
    </message>
    <message>
        <source>--store is missing.</source>
        <translation>گزینه ‎--store‎ داده نشده است.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>باز کردن «‎%1‎» ممکن نشد: %2</translation>
    </message>
    <message>
        <source>No %1 numbered %2.</source>
        <translation>سندی از نوع ‎%1‎ با شماره ‎%2‎ پیدا نشد.</translation>
    </message>
    <message>
        <source>No document matches the filter.</source>
        <translation>هیچ سندی با این فیلتر مطابقت ندارد.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 از %2: %3</translation>
    </message>
    <message>
        <source>There is no printer named %1.</source>
        <translation>چاپگری با نام «‎%1‎» وجود ندارد.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>ذخیره شد: ‎%1</translation>
    </message>
    <message>
        <source>Printed %1 of %2 documents.</source>
        <translation>%1 سند از %2 سند چاپ شد.</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن «‎%1‎» ممکن نشد: %2</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>ارسال به چاپگر آغاز نشد.</translation>
    </message>
    <message>
        <source>the finished file could not be renamed</source>
        <translation>تغییر نام فایل نهایی ممکن نشد</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>پوشه ساخته نشد</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>کد محصول:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;واحد:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>قیمت:</translation>
    </message>
    <message>
        <source>&amp;Tax and levy apply</source>
        <translation>مشمول مالیات &amp;و عوارض</translation>
    </message>
    <message>
        <source>Usable in the c&amp;lub</source>
        <translation>قابل &amp;استفاده در باشگاه مشتریان</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>فعال</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>Only the finance or sales manager may add or change products.</source>
        <translation>فقط مدیر مالی یا مدیر فروش می‌تواند محصولی اضافه یا ویرایش کند.</translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation>نام محصول را بنویسید.</translation>
    </message>
    <message>
        <source>Give the product a code.</source>
        <translation>کد محصول را بنویسید.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>قیمت نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>This product no longer exists; it may have been deleted meanwhile.</source>
        <translation>این محصول دیگر وجود ندارد؛ شاید در این فاصله حذف شده باشد.</translation>
    </message>
    <message>
        <source>Another product already has this code.</source>
        <translation>محصول دیگری همین کد را دارد.</translation>
    </message>
    <message>
        <source>The product could not be saved. Nothing was changed.</source>
        <translation>محصول ذخیره نشد. چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Database: %1</source>
        <translation>پایگاه داده: ‎%1</translation>
    </message>
</context>
<context>
    <name>ReceiptEditor</name>
    <message>
        <source>Receipt</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>پر&amp;داخت‌کننده:</translation>
    </message>
    <message>
        <source>Choose who paid</source>
        <translation>پرداخت‌کننده را انتخاب کنید</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>مبلغ:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>نوع &amp;وجه:</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>&amp;روش پرداخت:</translation>
    </message>
    <message>
        <source>Into a&amp;ccount:</source>
        <translation>&amp;واریز به حساب:</translation>
    </message>
    <message>
        <source>T&amp;racking number:</source>
        <translation>شما&amp;ره پیگیری:</translation>
    </message>
    <message>
        <source>C&amp;heque number:</source>
        <translation>شما&amp;ره چک:</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>بانک:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>سر&amp;رسید:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>تا&amp;ریخ:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>شما&amp;ره:</translation>
    </message>
    <message>
        <source>Given by the numbering pattern</source>
        <translation>با الگوی شماره‌گذاری تعیین می‌شود</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>توضیحات:</translation>
    </message>
    <message>
        <source>The receipt was not found.</source>
        <translation>دریافت مورد نظر پیدا نشد.</translation>
    </message>
    <message>
        <source>Choose the payer</source>
        <translation>انتخاب پرداخت‌کننده</translation>
    </message>
    <message>
        <source>No account takes this method</source>
        <translation>هیچ حسابی این روش را نمی‌پذیرد</translation>
    </message>
    <message>
        <source>Choose the payer.</source>
        <translation>پرداخت‌کننده را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>مبلغ باید بیشتر از صفر باشد.</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Bold</source>
        <translation>پررنگ</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مورب</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>فهرست نشانه‌دار</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>The password file «%1» cannot be read.</source>
        <translation>پرونده‌ی گذرواژه‌ی «%1» خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>The password file «%1» is empty.</source>
        <translation>پرونده‌ی گذرواژه‌ی «%1» خالی است.</translation>
    </message>
    <message>
        <source>The password file «%1» cannot be written.</source>
        <translation>پرونده‌ی گذرواژه‌ی «%1» نوشته نمی‌شود.</translation>
    </message>
    <message>
        <source>usage:
  vafa server init URL --login-password-file FILE   prepare an empty database
  vafa server migrate URL                           upgrade its schema
  vafa server load-demo URL [--size N]              fill it with the demo company
  vafa server status URL                            what the server holds
  vafa server run URL                               the company&apos;s worker
URL: postgresql://user@host:port/database (init, migrate, load-demo and run need a superuser)</source>
        <translation>راهنما:
  vafa server init URL --login-password-file FILE   آماده کردن یک پایگاه داده‌ی خالی
  vafa server migrate URL                           ارتقای طرح‌واره
  vafa server load-demo URL [--size N]              پر کردن با شرکت نمونه
  vafa server status URL                            آنچه سرور دارد
  vafa server run URL                               کارگزار شرکت
URL: postgresql://user@host:port/database (init، migrate، load-demo و run به ابرکاربر نیاز دارند)</translation>
    </message>
    <message>
        <source>Name the file of the login role&apos;s password with --login-password-file FILE (a new one is made when it does not exist).</source>
        <translation>پرونده‌ی گذرواژه‌ی نقش ورود را با ‎--login-password-file FILE‎ بدهید (اگر نباشد، ساخته می‌شود).</translation>
    </message>
    <message>
        <source>The company server is ready: schema %1, owner role %2, login role %3.</source>
        <translation>سرور شرکت آماده است: نسخه‌ی طرح‌واره %1، نقش مالک %2، نقش ورود %3.</translation>
    </message>
    <message>
        <source>The login role&apos;s password was made and written to %1.</source>
        <translation>گذرواژه‌ی نقش ورود ساخته و در %1 نوشته شد.</translation>
    </message>
    <message>
        <source>The login role&apos;s password was taken from %1.</source>
        <translation>گذرواژه‌ی نقش ورود از %1 خوانده شد.</translation>
    </message>
    <message>
        <source>The server is up to date (schema %1).</source>
        <translation>سرور به‌روز است (طرح‌واره‌ی %1).</translation>
    </message>
    <message>
        <source>The server was upgraded from schema %1 to %2.</source>
        <translation>سرور از طرح‌واره‌ی %1 به %2 ارتقا یافت.</translation>
    </message>
    <message>
        <source>--size takes a number of identities from 10 to 1,000,000.</source>
        <translation>‎--size‎ تعداد هویت‌ها را از ۱۰ تا ۱٬۰۰۰٬۰۰۰ می‌گیرد.</translation>
    </message>
    <message>
        <source>The demo company could not be loaded; nothing was written.</source>
        <translation>شرکت نمونه بارگذاری نشد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>The demo company was loaded in %1 s: %2 identities.</source>
        <translation>شرکت نمونه در %1 ثانیه بارگذاری شد: %2 هویت.</translation>
    </message>
    <message>
        <source>The server could not be reached or refused the connection.</source>
        <translation>به سرور دسترسی نیست یا سرور اتصال را نپذیرفت.</translation>
    </message>
    <message>
        <source>The database holds no Vafa company; prepare it with «vafa server init».</source>
        <translation>این پایگاه داده شرکتی از وفا ندارد؛ آن را با «vafa server init» آماده کنید.</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>شرکت: %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(هنوز ندارد)</translation>
    </message>
    <message>
        <source>Schema: %1 (this Vafa knows %2)</source>
        <translation>طرح‌واره: %1 (این وفا تا %2 را می‌شناسد)</translation>
    </message>
    <message>
        <source>Identities: %1, club users: %2</source>
        <translation>هویت‌ها: %1، کاربران باشگاه: %2</translation>
    </message>
    <message>
        <source>Open sessions: %1</source>
        <translation>نشست‌های باز: %1</translation>
    </message>
    <message>
        <source>Row-level security: on every table</source>
        <translation>امنیت سطر: روی همه‌ی جدول‌ها</translation>
    </message>
    <message>
        <source>Row-level security is OFF on: %1</source>
        <translation>امنیت سطر روی این جدول‌ها خاموش است: %1</translation>
    </message>
</context>
<context>
    <name>ServerRunCommand</name>
    <message>
        <source>Usage: vafa server run postgresql://user@host/database [--once] [--poll SECONDS]
Runs the company&apos;s jobs (expiring sessions, the licence check) beside the database until stopped.
  --once          run the jobs that are due now, then exit
  --poll SECONDS  look for due jobs at least this often (default 60)</source>
        <translation>طرز استفاده: vafa server run postgresql://user@host/database [--once] [--poll SECONDS]
کارهای شرکت (پایان دادن نشست‌های منقضی، بررسی مجوز) را کنار پایگاه داده اجرا می‌کند تا وقتی متوقف شود.
  --once          کارهایی را که اکنون موعدشان رسیده اجرا می‌کند و بیرون می‌رود
  --poll SECONDS  دست‌کم هر چند ثانیه یک بار کارهای سررسیده را می‌جوید (پیش‌فرض ۶۰)</translation>
    </message>
    <message>
        <source>--poll needs a number of seconds.</source>
        <translation>--poll به تعداد ثانیه نیاز دارد.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>گزینهٔ ناشناخته: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>به سرور دسترسی نیست: %1</translation>
    </message>
    <message>
        <source>This database holds no Vafa company: prepare it with `vafa server init` first.</source>
        <translation>این پایگاه داده شرکتی از وفا ندارد: نخست آن را با `vafa server init` آماده کنید.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is older than this Vafa: upgrade it with `vafa server migrate` first.</source>
        <translation>ساختار این پایگاه داده از این نسخهٔ وفا قدیمی‌تر است: نخست آن را با `vafa server migrate` به‌روز کنید.</translation>
    </message>
    <message>
        <source>The job queue cannot be used: %1</source>
        <translation>صف کارها قابل استفاده نیست: %1</translation>
    </message>
    <message>
        <source>Jobs run: %1</source>
        <translation>کارهای اجراشده: %1</translation>
    </message>
    <message>
        <source>The worker %1 runs the jobs of %2; stop it with SIGTERM or Ctrl+C.</source>
        <translation>کارگزار %1 کارهای %2 را اجرا می‌کند؛ برای توقف، SIGTERM بفرستید یا Ctrl+C را بزنید.</translation>
    </message>
    <message>
        <source>The worker stopped.</source>
        <translation>کارگزار متوقف شد.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>ارتباط با سرور قطع شد: %1</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>The server could not be reached or refused the connection.</source>
        <translation>به سرور دسترسی نیست یا سرور اتصال را نپذیرفت.</translation>
    </message>
    <message>
        <source>Preparing a company server needs a PostgreSQL superuser (for example: sudo -u postgres vafa server init postgresql:///DATABASE).</source>
        <translation>آماده کردن سرور شرکت به ابرکاربر PostgreSQL نیاز دارد (مثلاً: sudo -u postgres vafa server init postgresql:///DATABASE).</translation>
    </message>
    <message>
        <source>This database already holds a Vafa company; upgrade it with «vafa server migrate».</source>
        <translation>این پایگاه داده از پیش شرکتی از وفا دارد؛ آن را با «vafa server migrate» ارتقا دهید.</translation>
    </message>
    <message>
        <source>This database is not empty; a company server starts from an empty database.</source>
        <translation>این پایگاه داده خالی نیست؛ سرور شرکت از یک پایگاه داده‌ی خالی آغاز می‌شود.</translation>
    </message>
    <message>
        <source>This database was not created by Vafa. It was left unchanged.</source>
        <translation>این پایگاه داده را وفا نساخته است. دست‌نخورده ماند.</translation>
    </message>
    <message>
        <source>This database is empty; prepare it with «vafa server init».</source>
        <translation>این پایگاه داده خالی است؛ آن را با «vafa server init» آماده کنید.</translation>
    </message>
    <message>
        <source>This database was written by a newer Vafa (schema %1; this Vafa knows %2). Nothing was changed.</source>
        <translation>این پایگاه داده را وفای تازه‌تری نوشته است (طرح‌واره‌ی %1؛ این وفا تا %2 را می‌شناسد). چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The server database could not be prepared. Nothing was changed.</source>
        <translation>پایگاه داده‌ی سرور آماده نشد. چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>«%1» is not a server address; write it as postgresql://user@host:port/database.</source>
        <translation>«%1» نشانی سرور نیست؛ آن را به شکل postgresql://user@host:port/database بنویسید.</translation>
    </message>
    <message>
        <source>The server address names no database: add /database at its end.</source>
        <translation>نشانی سرور پایگاه داده‌ای را نام نمی‌برد: ‎/database‎ را به پایانش بیفزایید.</translation>
    </message>
    <message>
        <source>The server address has an option Vafa does not know: «%1».</source>
        <translation>نشانی سرور گزینه‌ای دارد که وفا نمی‌شناسد: «%1».</translation>
    </message>
</context>
<context>
    <name>SettingsLabels</name>
    <message>
        <source>System administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <source>Manage club settings and customisation</source>
        <translation>مدیریت تنظیمات باشگاه و شخصی‌سازی</translation>
    </message>
    <message>
        <source>Manage customer club members</source>
        <translation>مدیریت اعضای باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Manage agent club members</source>
        <translation>مدیریت اعضای باشگاه نمایندگان</translation>
    </message>
    <message>
        <source>Create customer club users</source>
        <translation>ایجاد کاربر باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Create agent club users</source>
        <translation>ایجاد کاربر باشگاه نمایندگان</translation>
    </message>
    <message>
        <source>View customer points</source>
        <translation>مشاهده امتیازات مشتریان</translation>
    </message>
    <message>
        <source>Manage customer points</source>
        <translation>مدیریت امتیازات مشتریان</translation>
    </message>
    <message>
        <source>Finance manager</source>
        <translation>مدیر مالی</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>مدیر فروش</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>مدیریت کاربران</translation>
    </message>
    <message>
        <source>Approve, reject and number every document type</source>
        <translation>تأیید، رد و شماره‌گذاری همه انواع اسناد</translation>
    </message>
    <message>
        <source>Approve, reject and number every receipt type</source>
        <translation>تأیید، رد و شماره‌گذاری همه انواع دریافت</translation>
    </message>
    <message>
        <source>Proformas</source>
        <translation>پیش‌فاکتورها</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>فاکتورها</translation>
    </message>
    <message>
        <source>Return invoices</source>
        <translation>فاکتورهای برگشت از فروش</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>قراردادها</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>دریافت‌ها</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>درخواست‌های پشتیبانی</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>وظایف</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>قرار ملاقات‌ها</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>فرم‌ها</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Default form</source>
        <translation>فرم پیش‌فرض</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Public preview</source>
        <translation>پیش‌نمایش عمومی</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Amount (rials)</source>
        <translation>مبلغ (ریال)</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>بله/خیر</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>لیست انتخابی</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد/شناسه ملی</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>نام سازمان</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>You do not have permission to change these settings. Ask an administrator.</source>
        <translation>شما مجوز تغییر این تنظیمات را ندارید. از مدیر سیستم بخواهید.</translation>
    </message>
    <message>
        <source>Manage the category tree</source>
        <translation>مدیریت درخت دسته‌بندی‌ها</translation>
    </message>
    <message>
        <source>Database manager (private categories)</source>
        <translation>مدیر بانک اطلاعاتی (دسته‌بندی‌های اختصاصی)</translation>
    </message>
    <message>
        <source>Create and edit persons and organisations</source>
        <translation>ایجاد و ویرایش اشخاص حقیقی و حقوقی</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>تماس‌های تلفنی</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The username or password is not correct.</source>
        <translation>نام کاربری یا رمز عبور درست نیست.</translation>
    </message>
    <message>
        <source>Your membership has not been approved yet. You can sign in once the company approves it.</source>
        <translation>عضویت شما هنوز تأیید نشده است. پس از تأیید عضویت از سوی شرکت، می‌توانید وارد شوید.</translation>
    </message>
    <message>
        <source>Your membership request was not accepted.</source>
        <translation>متأسفانه درخواست عضویت شما پذیرفته نشد.</translation>
    </message>
    <message>
        <source>This account is inactive. Contact the company to activate it.</source>
        <translation>این حساب کاربری غیرفعال است. برای فعال‌سازی آن، لطفاً با شرکت تماس بگیرید.</translation>
    </message>
    <message>
        <source>This account is suspended. Contact the company.</source>
        <translation>این حساب کاربری تعلیق شده است. لطفاً با شرکت تماس بگیرید.</translation>
    </message>
    <message>
        <source>Signing in failed because the database could not be read.</source>
        <translation>ورود انجام نشد، زیرا پایگاه داده خوانده نشد.</translation>
    </message>
    <message>
        <source>This account has been locked after too many failed attempts. Ask an administrator to unlock it.</source>
        <translation>این حساب کاربری به دلیل تلاش‌های ناموفق پی‌درپی قفل شده است. لطفاً از مدیر سیستم بخواهید قفل آن را باز کند.</translation>
    </message>
    <message>
        <source>You must choose a new password before you continue.</source>
        <translation>پیش از ادامه، باید رمز عبور جدیدی تعیین کنید.</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new password to continue.</source>
        <translation>رمز عبور شما منقضی شده است. برای ادامه، رمز عبور جدیدی تعیین کنید.</translation>
    </message>
    <message>
        <source>The new password was not accepted.</source>
        <translation>رمز عبور جدید پذیرفته نشد.</translation>
    </message>
    <message>
        <source>Your session has ended because it was idle too long. Sign in again.</source>
        <translation>به دلیل بی‌فعالیتی طولانی، نشست شما به پایان رسید. لطفاً دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>رمز عبور جدید باید با رمز عبور فعلی متفاوت باشد.</translation>
    </message>
    <message>
        <source>The club is closed for now. Contact the company.</source>
        <translation>باشگاه در حال حاضر بسته است. لطفاً با شرکت تماس بگیرید.</translation>
    </message>
</context>
<context>
    <name>StaffAccessService</name>
    <message>
        <source>You do not have permission to change these settings. Ask an administrator.</source>
        <translation>شما مجوز تغییر این تنظیمات را ندارید. از مدیر سیستم بخواهید.</translation>
    </message>
    <message>
        <source>The permissions could not be saved. Nothing was changed.</source>
        <translation>مجوزها ذخیره نشدند. هیچ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>A group named %1 already exists.</source>
        <translation>گروهی با نام «%1» از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>The group could not be created. Nothing was changed.</source>
        <translation>گروه ایجاد نشد. هیچ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Only a system administrator may make a user an administrator.</source>
        <translation>فقط مدیر سیستم می‌تواند کاربری را مدیر سیستم کند.</translation>
    </message>
    <message>
        <source>This would leave no active system administrator. Make another user an administrator first. Nothing was changed.</source>
        <translation>با این تغییر هیچ مدیر سیستم فعالی نمی‌ماند. نخست کاربر دیگری را مدیر کنید. چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>&amp;Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>ر&amp;د…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Reason (the customer sees it):</source>
        <translation>علت رد (به مشتری نمایش داده می‌شود):</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>شما&amp;ره‌گذاری</translation>
    </message>
    <message>
        <source>Back to &amp;pending</source>
        <translation>بازگشت به &amp;در انتظار تأیید</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>پیش‌نمایش چاپ…</translation>
    </message>
    <message>
        <source>&amp;Change number…</source>
        <translation>تغییر شما&amp;ره…</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>تغییر شماره</translation>
    </message>
    <message>
        <source>New number (leave empty for the next number of the pattern):</source>
        <translation>شمارهٔ تازه (خالی بگذارید تا شمارهٔ بعدی الگو داده شود):</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>ح&amp;ذف…</translation>
    </message>
    <message>
        <source>Delete this receipt? It leaves the balance and cannot be brought back.</source>
        <translation>این دریافت حذف شود؟ از ماندهٔ حساب بیرون می‌رود و بازگرداندنی نیست.</translation>
    </message>
    <message>
        <source>Delete this document? It leaves the balance and cannot be brought back.</source>
        <translation>این سند حذف شود؟ از ماندهٔ حساب بیرون می‌رود و بازگرداندنی نیست.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>You may not open this record.</source>
        <translation>شما اجازه باز کردن این مورد را ندارید.</translation>
    </message>
</context>
<context>
    <name>StaffPermissionsPage</name>
    <message>
        <source>Staff permissions</source>
        <translation>دسترسی‌های کارمندان</translation>
    </message>
    <message>
        <source>Choose a group or a staff user, tick what they may do, then save. A user may also do what the user&apos;s groups may do.</source>
        <translation>یک گروه یا کاربر کارمند را انتخاب کنید، مجوزهایش را علامت بزنید و ذخیره کنید. هر کاربر افزون بر مجوزهای خودش، مجوزهای گروه‌هایش را نیز دارد.</translation>
    </message>
    <message>
        <source>Filter groups and users</source>
        <translation>فیلتر گروه‌ها و کاربران</translation>
    </message>
    <message>
        <source>Groups and staff users</source>
        <translation>گروه‌ها و کاربران کارمند</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>گر&amp;وه جدید…</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>مجوز</translation>
    </message>
    <message>
        <source>Also granted by group</source>
        <translation>اعطاشده از طریق گروه</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>گروه‌ها:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>با&amp;زگردانی</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Save or revert the changes to %1 first.</source>
        <translation>ابتدا تغییرات «%1» را ذخیره یا بازگردانی کنید.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source>Staff users</source>
        <translation>کاربران کارمند</translation>
    </message>
    <message>
        <source>General and club</source>
        <translation>عمومی و باشگاه</translation>
    </message>
    <message>
        <source>Financial item types</source>
        <translation>انواع آیتم‌های مالی</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره‌گذاری</translation>
    </message>
    <message>
        <source>Choose a group or a staff user.</source>
        <translation>یک گروه یا کاربر کارمند را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>گروه: %1</translation>
    </message>
    <message>
        <source>Staff user: %1</source>
        <translation>کاربر کارمند: %1</translation>
    </message>
    <message>
        <source>Members of this group:</source>
        <translation>اعضای این گروه:</translation>
    </message>
    <message>
        <source>Groups of this user:</source>
        <translation>گروه‌های این کاربر:</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>گروه جدید</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>نام گروه:</translation>
    </message>
</context>
<context>
    <name>StaffUserEditor</name>
    <message>
        <source>Staff user</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>نام خانوادگی:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>ایمیل:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>موبایل:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>تکرار رمز عبور:</translation>
    </message>
    <message>
        <source>Must change the password at the first sign-in</source>
        <translation>در اولین ورود باید رمز عبور را تغییر دهد</translation>
    </message>
    <message>
        <source>The account is active</source>
        <translation>حساب فعال است</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Groups (what a group may do is set on the staff permissions page):</source>
        <translation>گروه‌ها (مجوزهای هر گروه در صفحهٔ مجوزهای کارمندان تعیین می‌شود):</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>بازنشانی رمز عبور…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>رفع قفل</translation>
    </message>
    <message>
        <source>Permissions…</source>
        <translation>مجوزها…</translation>
    </message>
    <message>
        <source>New staff user</source>
        <translation>کاربر جدید</translation>
    </message>
    <message>
        <source>Staff user %1</source>
        <translation>کاربر %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>قفل‌شده پس از ورودهای ناموفق</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempts</source>
        <translation>
            <numerusform>%n تلاش ناموفق برای ورود</numerusform>
        </translation>
    </message>
    <message>
        <source>Must change the password at the next sign-in</source>
        <translation>باید در ورود بعدی رمز عبور را تغییر دهد</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور یکسان نیستند.</translation>
    </message>
    <message>
        <source>%1 will be asked to change it at the next sign-in.</source>
        <translation>از %1 خواسته می‌شود در ورود بعدی آن را تغییر دهد.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>بازنشانی رمز عبور</translation>
    </message>
    <message>
        <source>The new password is set. Tell it to %1 in person.</source>
        <translation>رمز عبور جدید ثبت شد. آن را حضوری به %1 بگویید.</translation>
    </message>
</context>
<context>
    <name>StaffUserService</name>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>تغییر ذخیره نشد. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>You do not have permission to manage staff users. Ask an administrator.</source>
        <translation>شما مجوز مدیریت کاربران را ندارید. از مدیر سیستم بخواهید.</translation>
    </message>
    <message>
        <source>This staff user no longer exists.</source>
        <translation>این کاربر دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Enter the staff user&apos;s name.</source>
        <translation>نام کاربر را وارد کنید.</translation>
    </message>
    <message>
        <source>Only a system administrator may make a user an administrator.</source>
        <translation>فقط مدیر سیستم می‌تواند کاربری را مدیر سیستم کند.</translation>
    </message>
    <message>
        <source>Only a system administrator may change an administrator&apos;s account.</source>
        <translation>فقط مدیر سیستم می‌تواند حساب یک مدیر سیستم را تغییر دهد.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>نمی‌توانید حساب خودتان را غیرفعال کنید.</translation>
    </message>
    <message>
        <source>%1 is the last active system administrator. Make another user an administrator first.</source>
        <translation>%1 آخرین مدیر سیستمِ فعال است. ابتدا کاربر دیگری را مدیر سیستم کنید.</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>نام کاربری %1 قبلاً گرفته شده است.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>رمز عبور قابل رمزنگاری نبود.</translation>
    </message>
    <message>
        <source>%1 is not locked.</source>
        <translation>%1 قفل نیست.</translation>
    </message>
</context>
<context>
    <name>StaffUsersPage</name>
    <message>
        <source>All staff users</source>
        <translation>همهٔ کاربران</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قفل‌شده</translation>
    </message>
    <message>
        <source>Staff users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>آخرین ورود</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>ایجاد توسط</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <source>Deactivate staff user</source>
        <translation>غیرفعال کردن کاربر</translation>
    </message>
    <message>
        <source>Deactivate this staff user? They can no longer sign in until reactivated.</source>
        <translation>این کاربر غیرفعال شود؟ تا دوباره فعال نشود نمی‌تواند وارد شود.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>فعال کردن دوباره</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>بازنشانی رمز عبور…</translation>
    </message>
    <message>
        <source>The user will be asked to change it at the next sign-in.</source>
        <translation>از کاربر خواسته می‌شود در ورود بعدی آن را تغییر دهد.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>رفع قفل</translation>
    </message>
    <message>
        <source>Permissions…</source>
        <translation>مجوزها…</translation>
    </message>
    <message>
        <source>New staff user…</source>
        <translation>کاربر جدید…</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database driver is not installed.</source>
        <translation>درایور پایگاه داده نصب نشده است.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>پایگاه داده باز نشد.</translation>
    </message>
    <message>
        <source>This file is not a database. It was left unchanged.</source>
        <translation>این فایل، پایگاه داده نیست. هیچ تغییری در آن داده نشد.</translation>
    </message>
    <message>
        <source>The database file is damaged. It was left unchanged; restore it from a backup.</source>
        <translation>فایل پایگاه داده آسیب دیده است. هیچ تغییری در آن داده نشد؛ لطفاً آن را از نسخه پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <source>This database was not created by Vafa. It was left unchanged.</source>
        <translation>این پایگاه داده با وفا ساخته نشده است. هیچ تغییری در آن داده نشد.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Vafa. Update Vafa to open it; the database was left unchanged.</source>
        <translation>این پایگاه داده با نسخه جدیدتری از وفا ذخیره شده است. برای باز کردن آن، وفا را به‌روز کنید؛ هیچ تغییری در پایگاه داده داده نشد.</translation>
    </message>
    <message>
        <source>The database could not be upgraded. Nothing was changed.</source>
        <translation>به‌روزرسانی پایگاه داده انجام نشد. هیچ تغییری اعمال نشد.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>هیچ پایگاه داده‌ای باز نیست.</translation>
    </message>
    <message>
        <source>The database is busy with another change. Nothing was saved; try again in a moment.</source>
        <translation>پایگاه داده مشغول ذخیره تغییر دیگری است. چیزی ذخیره نشد؛ لحظه‌ای بعد دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The database is open read-only. Nothing was saved.</source>
        <translation>پایگاه داده فقط‌خواندنی باز شده است. چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>دیسک پر است. چیزی ذخیره نشد؛ کمی فضا آزاد کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The database file is damaged, so Vafa saves nothing to it. Restore it from a backup.</source>
        <translation>فایل پایگاه داده آسیب دیده است، پس وفا چیزی در آن ذخیره نمی‌کند. آن را از نسخه پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <source>The database could not be written. Nothing was saved.</source>
        <translation>در پایگاه داده نوشته نشد. چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>This file holds no company. Choose a company file, or create a new company.</source>
        <translation>این فایل هیچ شرکتی ندارد. فایل یک شرکت را انتخاب کنید یا شرکت تازه‌ای بسازید.</translation>
    </message>
    <message>
        <source>The company&apos;s server runs an older version of Vafa&apos;s database. Ask its administrator to run «vafa server migrate»; nothing was changed.</source>
        <translation>پایگاه دادهٔ سرور شرکت از نسخهٔ قدیمی‌تر وفاست. از مدیر آن بخواهید «vafa server migrate» را اجرا کند؛ چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>&amp;Reset to default…</source>
        <translation>بازخوانی &amp;از قالب پیش‌فرض…</translation>
    </message>
    <message>
        <source>Main template (staff)</source>
        <translation>قالب پیش‌نمایش (کارمندان)</translation>
    </message>
    <message>
        <source>Public template (club)</source>
        <translation>قالب پیش‌نمایش عمومی (باشگاه)</translation>
    </message>
    <message>
        <source>Item type:</source>
        <translation>نوع آیتم:</translation>
    </message>
    <message>
        <source>The template does not parse: %1</source>
        <translation>قالب خطای نگارشی دارد: %1</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>قالب‌های چاپ</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>بازخوانی از قالب پیش‌فرض</translation>
    </message>
    <message>
        <source>Replace this template with the built-in one? Your changes to it are lost.</source>
        <translation>این قالب با قالب پیش‌فرض برنامه جایگزین شود؟ تغییراتی که در آن داده‌اید از بین می‌رود.</translation>
    </message>
    <message>
        <source>The built-in template is back.</source>
        <translation>قالب پیش‌فرض برنامه بازگردانده شد.</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The template has an error: %1</source>
        <translation>قالب چاپ خطا دارد: %1</translation>
    </message>
    <message>
        <source>The document cannot be found.</source>
        <translation>سند پیدا نشد.</translation>
    </message>
    <message>
        <source>The receipt cannot be found.</source>
        <translation>دریافت مورد نظر پیدا نشد.</translation>
    </message>
    <message>
        <source>The customer cannot be found.</source>
        <translation>مشتری پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>TicketPages</name>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>درخواست‌های پشتیبانی</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>همه درخواست‌ها</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Discard the changes that were not saved?</source>
        <translation>تغییرات ذخیره‌نشده کنار گذاشته شود؟</translation>
    </message>
</context>
<context>
    <name>WizardArrows</name>
    <message>
        <source>&amp;Next ›</source>
        <translation>بع&amp;دی ›</translation>
    </message>
    <message>
        <source>‹ &amp;Back</source>
        <translation>‹ &amp;بازگشت</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>پرداخت‌کننده</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیازات</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>همه اسناد</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>تعلیق شده</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قفل شده</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>آخرین ورود</translation>
    </message>
    <message>
        <source>Sales documents</source>
        <translation>اسناد فروش</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>دریافت‌ها</translation>
    </message>
    <message>
        <source>All receipts</source>
        <translation>همه دریافت‌ها</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>مشتریان من</translation>
    </message>
    <message>
        <source>Invoices and contracts</source>
        <translation>فاکتورها و قراردادها</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>همه پرداخت‌ها</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <source>Documents under review</source>
        <translation>اسناد در دست بررسی</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>همه اعضا</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>هرگز وارد نشده</translation>
    </message>
    <message>
        <source>Signed in during the last 30 days</source>
        <translation>ورود در ۳۰ روز اخیر</translation>
    </message>
    <message>
        <source>Not signed in for 90 days</source>
        <translation>بدون ورود در ۹۰ روز اخیر</translation>
    </message>
    <message>
        <source>Agent club members</source>
        <translation>اعضای باشگاه نمایندگان</translation>
    </message>
    <message>
        <source>Customer club members</source>
        <translation>اعضای باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>نحوه ایجاد</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>مبلغ (%1)</translation>
    </message>
</context>
</TS>
