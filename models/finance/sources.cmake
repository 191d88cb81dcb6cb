# files of models/finance: the domain services of issue 4 (totals, numbering, approval, balances)
target_sources(vafa_models PRIVATE
    finance/Totals.h finance/Totals.cpp
    finance/NumberPattern.h finance/NumberPattern.cpp
    finance/FinanceStateRepository.h finance/FinanceStateRepository.cpp
    finance/Numbering.h finance/Numbering.cpp
    finance/Permissions.h finance/Permissions.cpp
    finance/ClubPayments.h finance/ClubPayments.cpp
    finance/DocumentApproval.h finance/DocumentApproval.cpp
    finance/Balances.h finance/Balances.cpp
    finance/ApprovalQueue.h finance/ApprovalQueue.cpp)
