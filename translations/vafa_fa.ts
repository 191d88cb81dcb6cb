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
        <source>The standard edition allows at most %1 active agent users; %2 are active and %3 more were asked for.</source>
        <translation>نسخه استاندارد حداکثر %1 کاربر فعال نماینده را مجاز می‌داند؛ اکنون %2 کاربر فعال است و فعال شدن %3 کاربر دیگر درخواست شده است.</translation>
    </message>
    <message>
        <source>The standard edition allows at most %1 active customer users; %2 are active and %3 more were asked for.</source>
        <translation>نسخه استاندارد حداکثر %1 کاربر فعال مشتری را مجاز می‌داند؛ اکنون %2 کاربر فعال است و فعال شدن %3 کاربر دیگر درخواست شده است.</translation>
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
        <source>The change could not be saved: %1</source>
        <translation>تغییر ذخیره نشد: %1</translation>
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
        <translation>این ردیف فقط %1 ستون از %2 ستون را دارد.</translation>
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
        <translation>نام کاربری «‎%1‎» در سطر %2 فایل نیز آمده است.</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>رمز عبور الزامی است.</translation>
    </message>
    <message>
        <source>More active agent users than the licence allows: the standard edition allows %1.</source>
        <translation>تعداد کاربران فعال نماینده از سقف مجوز بیشتر است: نسخه استاندارد حداکثر %1 کاربر فعال نماینده را مجاز می‌داند.</translation>
    </message>
    <message>
        <source>More active customer users than the licence allows: the standard edition allows %1.</source>
        <translation>تعداد کاربران فعال مشتری از سقف مجوز بیشتر است: نسخه استاندارد حداکثر %1 کاربر فعال مشتری را مجاز می‌داند.</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>اطلاعات واردشده ذخیره نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was written.</source>
        <translation>
            <numerusform>%Ln ردیف خطا دارد؛ هیچ چیزی ذخیره نشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>ورود اطلاعات لغو شد؛ هیچ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>Rows: %1. Created: %2. Updated: %3. Skipped: %4. With errors: %5.</source>
        <translation>ردیف‌ها: %1. ایجاد شده: %2. به‌روزرسانی شده: %3. نادیده گرفته شده: %4. دارای خطا: %5.</translation>
    </message>
    <message>
        <source>Written in %1 ms (validation %2 ms, hashing %3 ms, saving %4 ms).</source>
        <translation>ذخیره در %1 میلی‌ثانیه (اعتبارسنجی %2 میلی‌ثانیه، درهم‌سازی رمزها %3 میلی‌ثانیه، ذخیره‌سازی %4 میلی‌ثانیه).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>The file is not a valid Excel (.xlsx) workbook.</source>
        <translation>این فایل، یک فایل اکسل معتبر (‎.xlsx‎) نیست.</translation>
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
        <source>Usage: vafa users import FILE --store DB [--mode add|update|upsert] [--kind customer|agent]
       [--username column|customer-number|mobile|email|pattern:PREFIX] [--password random|column]
       [--fill-only-empty] [--inactive] [--errors OUT] [--credentials OUT] [--dry-run]
FILE is a .csv (UTF-8) or .xlsx file whose first row names the columns (Persian or English).
Exit codes: 0 done, 1 rows with errors (nothing written), 2 usage, 3 cannot open, 4 write failed.</source>
        <translation>روش استفاده: ‎vafa users import FILE --store DB [--mode add|update|upsert] [--kind customer|agent]‎
       [--username column|customer-number|mobile|email|pattern:PREFIX] [--password random|column]
       [--fill-only-empty] [--inactive] [--errors OUT] [--credentials OUT] [--dry-run]
ورودی FILE یک فایل ‎.csv‎ (با کدگذاری UTF-8) یا ‎.xlsx‎ است که سطر اول آن نام ستون‌ها را (به فارسی یا انگلیسی) دارد.
کدهای خروج: 0 انجام شد؛ 1 برخی ردیف‌ها خطا دارند (هیچ چیزی ذخیره نشد)؛ 2 استفاده نادرست؛ 3 باز کردن ممکن نشد؛ 4 ذخیره‌سازی ناموفق بود.</translation>
    </message>
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
        <source>--errors needs a file name.</source>
        <translation>گزینه ‎--errors‎ به نام فایل نیاز دارد.</translation>
    </message>
    <message>
        <source>--credentials needs a file name.</source>
        <translation>گزینه ‎--credentials‎ به نام فایل نیاز دارد.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>گزینه ناشناخته: ‎%1</translation>
    </message>
    <message>
        <source>Only one file can be imported at a time.</source>
        <translation>هر بار فقط یک فایل را می‌توان وارد کرد.</translation>
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
        <source>Columns matched: %1 of %2.</source>
        <translation>ستون‌های شناسایی‌شده: %1 از %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>سطر %1: %2</translation>
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
        <source>Credentials written to %1</source>
        <translation>اطلاعات ورود در فایل «‎%1‎» ذخیره شد.</translation>
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
        <source>The document could not be saved.</source>
        <translation>سند ذخیره نشد.</translation>
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
        <source>The receipt could not be saved.</source>
        <translation>دریافت ذخیره نشد.</translation>
    </message>
    <message>
        <source>The approval could not be saved.</source>
        <translation>تأیید ذخیره نشد.</translation>
    </message>
    <message>
        <source>A rejection needs a reason; the customer sees it.</source>
        <translation>برای رد کردن باید علت آن را بنویسید؛ این علت به مشتری نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>The rejection could not be saved.</source>
        <translation>رد کردن ذخیره نشد.</translation>
    </message>
    <message>
        <source>The number could not be saved.</source>
        <translation>شماره ذخیره نشد.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>تغییر ذخیره نشد.</translation>
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
        <translation>&amp;نام کاربری:</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vafa — %1</source>
        <translation>وفا — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>خروج از &amp;حساب کاربری</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>&amp;جستجو در لیست</translation>
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
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>پایگاه داده محلی</translation>
    </message>
    <message>
        <source>&amp;Export list to Excel…</source>
        <translation>&amp;فرستادن لیست به اکسل…</translation>
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
        <source>the PDF could not be started</source>
        <translation>ساختن فایل PDF آغاز نشد</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>ساختن فایل PDF کامل نشد</translation>
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
    <name>QObject</name>
    <message>
        <source>Database: %1</source>
        <translation>پایگاه داده: ‎%1</translation>
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
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>Set password</source>
        <translation>تعیین رمز عبور</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>رمز عبور جدید:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>تکرار رمز عبور جدید:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور وارد شده یکسان نیستند.</translation>
    </message>
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
        <source>&amp;Approve</source>
        <translation>&amp;تأیید</translation>
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
        <translation>&amp;شماره‌گذاری</translation>
    </message>
    <message>
        <source>Back to &amp;pending</source>
        <translation>&amp;بازگشت به در انتظار تأیید</translation>
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
        <translation>&amp;فعال‌سازی</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;غیرفعال‌سازی</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>ت&amp;علیق</translation>
    </message>
    <message>
        <source>&amp;Lift suspension</source>
        <translation>&amp;رفع تعلیق</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>تعیین ر&amp;مز عبور…</translation>
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
        <source>De&amp;lete</source>
        <translation>&amp;حذف</translation>
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
        <source>Print pre&amp;view…</source>
        <translation>پیش‌نمایش &amp;چاپ…</translation>
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
</context>
<context>
    <name>Workspace</name>
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
        <source>Amount (rials)</source>
        <translation>مبلغ (ریال)</translation>
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
        <source>Subject</source>
        <translation>موضوع</translation>
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
        <source>Deadline</source>
        <translation>زمان پایان</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>زمان مشاهده</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیازات</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>همه اسناد</translation>
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
        <source>Club members</source>
        <translation>اعضای باشگاه</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>وضعیت ثبت‌نام</translation>
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
        <source>All club members</source>
        <translation>همه اعضای باشگاه</translation>
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
        <source>Tickets</source>
        <translation>درخواست‌های پشتیبانی</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>همه درخواست‌ها</translation>
    </message>
    <message>
        <source>Cartable</source>
        <translation>کارتابل</translation>
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
</context>
</TS>
