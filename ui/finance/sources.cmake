qt_wrap_ui(vafa_finance_forms
    finance/forms/DocumentEditor.ui
    finance/forms/ReceiptEditor.ui
    finance/forms/ProductEditor.ui
    finance/forms/FinancialAccountEditor.ui
    finance/forms/NumberingPatternEditor.ui)
target_sources(vafa_ui PRIVATE ${vafa_finance_forms}
    finance/FinanceFormat.h finance/FinanceFormat.cpp
    finance/ListPickerDialog.h finance/ListPickerDialog.cpp
    finance/DocumentEditor.h finance/DocumentEditor.cpp
    finance/ReceiptEditor.h finance/ReceiptEditor.cpp
    finance/ProductEditor.h finance/ProductEditor.cpp
    finance/FinancialAccountEditor.h finance/FinancialAccountEditor.cpp
    finance/NumberingPatternEditor.h finance/NumberingPatternEditor.cpp
    finance/BalancesPage.h finance/BalancesPage.cpp
    finance/BatchPrint.h finance/BatchPrint.cpp
    finance/TemplateEditorPage.h finance/TemplateEditorPage.cpp
    finance/FinancePages.h finance/FinancePages.cpp)
