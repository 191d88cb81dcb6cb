# shared widgets: the Jalali date field, the money field, Ask (every modal question), the badge
# of a status column, the searchable, sortable, exportable list page, and what every table,
# window and editor shares (TableLook, WindowGeometry, UnsavedChanges, WizardArrows, PrintPreviewDigits),
# and the picker of an image for paper (ImagePicker)
target_sources(vafa_ui PRIVATE
    widgets/JalaliDateEdit.h widgets/JalaliDateEdit.cpp
    widgets/MoneyEdit.h widgets/MoneyEdit.cpp
    widgets/Ask.h widgets/Ask.cpp
    widgets/PlainText.h widgets/PlainText.cpp
    widgets/BadgeDelegate.h widgets/BadgeDelegate.cpp
    widgets/ListPage.h widgets/ListPage.cpp
    widgets/TableLook.h widgets/TableLook.cpp
    widgets/WindowGeometry.h widgets/WindowGeometry.cpp
    widgets/UnsavedChanges.h widgets/UnsavedChanges.cpp
    widgets/WizardArrows.h widgets/WizardArrows.cpp
    widgets/PrintPreviewDigits.h widgets/PrintPreviewDigits.cpp
    widgets/ImagePicker.h widgets/ImagePicker.cpp)
