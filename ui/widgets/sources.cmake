# shared widgets: the Jalali date field and the money field
target_sources(vafa_ui PRIVATE
    widgets/JalaliDateEdit.h widgets/JalaliDateEdit.cpp
    widgets/MoneyEdit.h widgets/MoneyEdit.cpp)
