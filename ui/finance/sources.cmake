target_sources(vafa_ui PRIVATE
    finance/FinancePages.h finance/FinancePages.cpp)
