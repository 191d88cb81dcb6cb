# shared widgets: the Jalali date field, the money field, Ask (every modal question), the badge
# of a status column and the searchable, sortable, exportable list page
target_sources(vafa_ui PRIVATE
    widgets/JalaliDateEdit.h widgets/JalaliDateEdit.cpp
    widgets/MoneyEdit.h widgets/MoneyEdit.cpp
    widgets/Ask.h widgets/Ask.cpp
    widgets/PlainText.h widgets/PlainText.cpp
    widgets/BadgeDelegate.h widgets/BadgeDelegate.cpp
    widgets/ListPage.h widgets/ListPage.cpp)
