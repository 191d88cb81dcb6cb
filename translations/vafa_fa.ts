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
        <source>%1 points</source>
        <translation>%1 امتیاز</translation>
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
        <source>%1 rows</source>
        <translation>%1 ردیف</translation>
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
        <source>Writing %1 rows…</source>
        <translation>در حال نوشتن %1 ردیف…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
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
        <source>This account is locked after too many failed attempts. Ask an administrator to unlock it.</source>
        <translation>این حساب کاربری به دلیل تلاش‌های ناموفق پی‌درپی قفل شده است. لطفاً از مدیر سیستم بخواهید قفل آن را باز کند.</translation>
    </message>
    <message>
        <source>Signing in failed because the database could not be read.</source>
        <translation>ورود انجام نشد، زیرا پایگاه داده خوانده نشد.</translation>
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
