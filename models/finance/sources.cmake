# files of models/finance: documents, receipts, accounts, totals, numbering, approval, balances
target_sources(vafa_models PRIVATE
    finance/ApprovalQueue.h finance/ApprovalQueue.cpp
    finance/Balances.h finance/Balances.cpp
    finance/ClubPayments.h finance/ClubPayments.cpp
    finance/Document.h finance/Document.cpp
    finance/DocumentApproval.h finance/DocumentApproval.cpp
    finance/DocumentRepository.h finance/DocumentRepository.cpp
    finance/FinanceStateRepository.h finance/FinanceStateRepository.cpp
    finance/FinancialAccount.h finance/FinancialAccount.cpp
    finance/FinancialAccountRepository.h finance/FinancialAccountRepository.cpp
    finance/FinancialAccountService.h finance/FinancialAccountService.cpp
    finance/NumberPattern.h finance/NumberPattern.cpp
    finance/Numbering.h finance/Numbering.cpp
    finance/NumberingPattern.h
    finance/NumberingPatternService.h finance/NumberingPatternService.cpp
    finance/ApprovalTrail.h finance/ApprovalTrail.cpp
    finance/ApprovedItemRepository.h finance/ApprovedItemRepository.cpp
    finance/Permissions.h finance/Permissions.cpp
    finance/FinanceRights.h finance/FinanceRights.cpp
    finance/Receipt.h
    finance/ReceiptRepository.h finance/ReceiptRepository.cpp
    finance/Totals.h finance/Totals.cpp)
