# shared widgets: the Jalali date field, the money field, and Ask (every modal question)
target_sources(vafa_ui PRIVATE
    widgets/JalaliDateEdit.h widgets/JalaliDateEdit.cpp
    widgets/MoneyEdit.h widgets/MoneyEdit.cpp
    widgets/Ask.h widgets/Ask.cpp
    widgets/PlainText.h widgets/PlainText.cpp)
